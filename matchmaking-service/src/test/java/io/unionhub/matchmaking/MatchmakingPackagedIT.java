package io.unionhub.matchmaking;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.unionhub.kit.testing.PackagedAppContract;
import io.unionhub.kit.testing.WithKafkaBroker;

/** The packaged jar, started as a deployment starts it. */
@QuarkusIntegrationTest
@WithKafkaBroker
class MatchmakingPackagedIT extends PackagedAppContract {
}
