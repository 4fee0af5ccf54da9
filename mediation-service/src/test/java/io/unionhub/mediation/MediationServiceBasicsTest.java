package io.unionhub.mediation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class MediationServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected Optional<SampleWrite> sampleWrite() {
        // no date field in an intake: the date checks are aimed at the reads and the other services' writes
        return Optional.of(new SampleWrite("/api/mediation/work-orders", "union-staff",
                () -> Map.of("channel", "PHONE_12351", "category", "LEGAL_SERVICE", "complexity", "ORDINARY",
                        "callerPhone", "13812345678", "matter", "咨询劳动合同"),
                "matter", null));
    }

    @Override
    protected List<SampleRead> sampleReads() {
        return List.of(new SampleRead("/api/mediation/work-orders", "union-staff", null, null));
    }
}
