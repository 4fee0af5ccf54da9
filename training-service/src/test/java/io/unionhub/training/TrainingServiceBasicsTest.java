package io.unionhub.training;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class TrainingServiceBasicsTest extends ServiceBasicsContract {
}
