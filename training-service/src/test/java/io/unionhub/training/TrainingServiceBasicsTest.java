package io.unionhub.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class TrainingServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected Optional<SampleWrite> sampleWrite() {
        return Optional.of(new SampleWrite("/api/training/cadres", "union-staff",
                () -> Map.of("memberId", "m-" + UUID.randomUUID(), "name", "王芳", "unionUnit", "Binhai Water Company",
                        "unitType", "ENTERPRISE", "district", "Binhai", "role", "CHAIR", "appointedOn", "2026-03-01"),
                "unionUnit", "appointedOn"));
    }

    @Override
    protected List<SampleRead> sampleReads() {
        return List.of(new SampleRead("/api/training/cadres", "union-staff", "unionUnit", null),
                new SampleRead("/api/training/cohorts", "union-staff", null, "from"));
    }
}
