package io.unionhub.ops;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class OpsDashboardBasicsTest extends ServiceBasicsContract {

    @Override
    protected List<SampleRead> sampleReads() {
        return List.of(new SampleRead("/api/ops/series/training.completions", "ops", "dimension", "from"),
                new SampleRead("/api/ops/figures", "union-staff", null, null),
                new SampleRead("/api/ops/alerts", "ops", null, null));
    }
}
