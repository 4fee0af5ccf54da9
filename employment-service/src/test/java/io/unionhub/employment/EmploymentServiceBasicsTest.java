package io.unionhub.employment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.EmploymentApi;
import io.unionhub.kit.testing.ServiceBasicsContract;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class EmploymentServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected Optional<SampleWrite> sampleWrite() {
        return Optional.of(new SampleWrite("/api/employment/seekers", "union-staff",
                () -> Map.of("name", "李秀英", "phone", EmploymentApi.newPhone(), "district", "盐田区",
                        "township", "盐场镇", "wantedTrades", List.of(EmploymentApi.HOUSEKEEPER),
                        "earliestStart", "2026-12-01", "gigWanted", true),
                "township", "earliestStart"));
    }

    @Override
    protected List<SampleRead> sampleReads() {
        return List.of(new SampleRead("/api/employment/seekers", "union-staff", "district", null),
                new SampleRead("/api/employment/board/postings", "union-staff", "q", null));
    }
}
