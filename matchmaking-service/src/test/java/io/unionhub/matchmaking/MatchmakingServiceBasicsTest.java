package io.unionhub.matchmaking;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class MatchmakingServiceBasicsTest extends ServiceBasicsContract {
}
