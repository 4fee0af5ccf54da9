package io.unionhub.training.bench;

import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.scheduleCohort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.Outbox;
import io.unionhub.kit.testing.ParallelPosts;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.TrainingApi;

/**
 * Not a test: measures the CSV import, enrolment throughput and the coverage query over 10,000 cadres through the
 * REST API, against the real database and broker, and writes the figures to target/benchmarks.md (copied into
 * docs/benchmarks.md). Run it with {@code ./mvnw -pl training-service test -Dbenchmarks -Dtest=TrainingBenchmark}.
 * The client runs in the service's JVM and the JIT is still warming up, so these are comparisons between versions
 * of the code, not the service's steady rate: {@code training-service/bench/registrations.sh} measures that.
 */
@QuarkusTest
@WithKafkaBroker
@Tag("benchmark")
class TrainingBenchmark {

    private static final int CADRES = 10_000;
    private static final int ENROLMENTS = 2_000;
    private static final int THREADS = 16;
    private static final int COVERAGE_RUNS = 30;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    EntityManager entityManager;

    @Test
    void enrolmentThroughputAndCoverageOverTenThousandCadres() throws Exception {
        String district = "Bench-" + UUID.randomUUID();
        StringBuilder csv = new StringBuilder("memberId,name,unionUnit,unitType,district,role,appointedOn\n");
        for (int i = 0; i < CADRES; i++) {
            csv.append(district).append('-').append(i).append(",李").append(i).append(",Unit ").append(i % 40)
                    .append(",ENTERPRISE,").append(district).append(i % 2 == 0 ? "" : "-b")
                    .append(i % 10 == 0 ? ",CHAIR" : ",FULL_TIME").append(",2024-03-01\n");
        }
        long importStart = System.nanoTime();
        asStaff().contentType("text/csv; charset=UTF-8").body(csv.toString()).post("/api/training/cadres/imports")
                .then().statusCode(200);
        double importSeconds = (System.nanoTime() - importStart) / 1e9;

        List<String> cadreIds = new ArrayList<>();
        for (int page = 0; cadreIds.size() < ENROLMENTS; page++) {
            cadreIds.addAll(asStaff().queryParam("district", district).queryParam("role", "FULL_TIME")
                    .queryParam("size", 100).queryParam("page", page).get("/api/training/cadres").then()
                    .extract().path("items.id"));
        }
        // 20 cohorts of 100 places, each cadre in one: contention per cohort as on a busy enrolment day
        List<UUID> cohorts = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            cohorts.add(scheduleCohort(TWO_DAY, LocalDate.now().plusDays(100 + c * 3), 100));
        }
        new Outbox(entityManager, "training").awaitDrained(Duration.ofMinutes(2));
        double enrolSeconds = new ParallelPosts(port, TrainingApi.STAFF, THREADS).post(ENROLMENTS,
                i -> "/api/training/cohorts/" + cohorts.get(i % cohorts.size()) + "/enrolments",
                i -> "{\"cadreId\":\"" + cadreIds.get(i) + "\"}", 201);

        String campaign = asStaff().body(Map.of("name", "bench", "startsOn", "2026-01-01", "endsOn", "2027-12-31",
                        "districts", List.of(district, district + "-b")))
                .post("/api/training/campaigns").then().statusCode(201).extract().path("id");
        new Outbox(entityManager, "training").awaitDrained(Duration.ofMinutes(2));
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < COVERAGE_RUNS + 5; run++) {
            long start = System.nanoTime();
            asStaff().get("/api/training/campaigns/" + campaign + "/coverage").then().statusCode(200);
            if (run >= 5) { // the first runs warm the JIT and the database caches
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);

        String figures = """
                | measure | figure |
                |---|---|
                | CSV import of %,d cadres (one request, atomic) | %.1f s |
                | enrolments, %d client threads, %,d enrolments over 20 cohorts | %.0f enrolments/s |
                | coverage of a campaign over %,d cadres (%d runs) | p50 %.0f ms, p95 %.0f ms, max %.0f ms |
                """.formatted(CADRES, importSeconds, THREADS, ENROLMENTS, ENROLMENTS / enrolSeconds, CADRES,
                COVERAGE_RUNS, millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                millis.get(millis.size() - 1));
        Files.writeString(Path.of("target", "benchmarks.md"), figures);
        System.out.println(figures);
    }
}
