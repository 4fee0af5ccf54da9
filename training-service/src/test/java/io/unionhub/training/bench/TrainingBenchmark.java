package io.unionhub.training.bench;

import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.scheduleCohort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.TrainingApi;

/**
 * Not a test: measures enrolment throughput and the coverage query over 10,000 cadres through the REST API, against
 * the real database and broker, and writes the figures to target/benchmarks.md (copied into docs/benchmarks.md).
 * Run it with {@code ./mvnw -pl training-service test -Dbenchmarks -Dtest=TrainingBenchmark}.
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
        // a plain JDK client for the timed part: RestAssured costs more CPU per call than the service on these 2 cores
        HttpClient http = HttpClient.newHttpClient();
        URI base = URI.create("http://localhost:" + port);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        long enrolStart = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < ENROLMENTS; i = next.getAndIncrement()) {
                    HttpRequest enrol = HttpRequest.newBuilder(base.resolve(
                                    "/api/training/cohorts/" + cohorts.get(i % cohorts.size()) + "/enrolments"))
                            .header("Authorization", TrainingApi.STAFF).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"cadreId\":\"" + cadreIds.get(i) + "\"}"))
                            .build();
                    int status = http.send(enrol, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 201) {
                        throw new IllegalStateException("enrolment answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double enrolSeconds = (System.nanoTime() - enrolStart) / 1e9;
        pool.shutdown();

        String campaign = asStaff().body(Map.of("name", "bench", "startsOn", "2026-01-01", "endsOn", "2027-12-31",
                        "districts", List.of(district, district + "-b")))
                .post("/api/training/campaigns").then().statusCode(201).extract().path("id");
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
