package io.unionhub.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class OpsDashboardBasicsTest extends ServiceBasicsContract {
}
