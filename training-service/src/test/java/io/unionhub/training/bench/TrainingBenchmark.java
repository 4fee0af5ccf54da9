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
import java.util.function.IntFunction;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
        // a plain JDK client for the timed parts: RestAssured costs more CPU per call than the service on 2 cores
        awaitOutboxDrained();
        double enrolSeconds = postInParallel(ENROLMENTS,
                i -> "/api/training/cohorts/" + cohorts.get(i % cohorts.size()) + "/enrolments",
                i -> "{\"cadreId\":\"" + cadreIds.get(i) + "\"}");

        String campaign = asStaff().body(Map.of("name", "bench", "startsOn", "2026-01-01", "endsOn", "2027-12-31",
                        "districts", List.of(district, district + "-b")))
                .post("/api/training/campaigns").then().statusCode(201).extract().path("id");
        awaitOutboxDrained();
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

    /** POSTs {@code count} bodies from {@link #THREADS} threads and answers the seconds it took; any non-201 fails. */
    private double postInParallel(int count, IntFunction<String> path, IntFunction<String> body) throws Exception {
        // HTTP/1.1 with keep-alive, as the gateway calls the services (the JDK client would otherwise upgrade to h2c)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI base = URI.create("http://localhost:" + port);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest post = HttpRequest.newBuilder(base.resolve(path.apply(i)))
                            .header("Authorization", TrainingApi.STAFF).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
                    int status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 201) {
                        throw new IllegalStateException(path.apply(i) + " answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each timed part starts with the relay idle: the events of the part before are not its cost. */
    private void awaitOutboxDrained() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox where published_at is null").getSingleResult())
                .longValue()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the outbox did not drain in 2 minutes");
            }
            Thread.sleep(100);
        }
    }
}
