package io.unionhub.ops.bench;

import static io.restassured.RestAssured.given;
import static io.unionhub.ops.support.OpsApi.OPS;
import static io.unionhub.ops.support.OpsApi.eventsSeen;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.TopicWriter;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.ProgramEvents;

/**
 * Not a test: measures how fast the projections absorb a backlog (100,000 events of the four programs in the
 * recorded demo's mix, each about its own aggregate, written to the real broker, then read by the live consumer; and
 * the same topics replayed by a rebuild), and the time from an event's arrival on its topic to the figure changing on
 * the SSE stream at 500 events a second. Writes the figures to target/benchmarks.md (copied into docs/benchmarks.md).
 * Run it with {@code ./mvnw -pl ops-dashboard test -Dbenchmarks -Dtest=OpsBenchmark}.
 */
@QuarkusTest
@WithKafkaBroker
@Tag("benchmark")
class OpsBenchmark {

    private static final int BACKLOG = 100_000;
    private static final int RATE = 500;
    private static final int PACED_SECONDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/ops/stream")
    URI stream;

    @Test
    void backlogAndLiveLatency() throws Exception {
        StringBuilder figures = new StringBuilder();
        Map<String, List<ObjectNode>> mix = new java.util.HashMap<>();
        for (String program : ProgramEvents.PROGRAMS) {
            mix.put(program, ProgramEvents.recorded(program));
        }
        Random random = new Random(11);

        // 1. a backlog: written as fast as the broker takes it, read by the live consumer meanwhile and after
        long seen = eventsSeen();
        long start = System.nanoTime();
        try (TopicWriter writer = new TopicWriter(ProgramEvents.bootstrapServers())) {
            for (String program : ProgramEvents.PROGRAMS) {
                List<Map.Entry<String, String>> records = new ArrayList<>();
                for (int i = 0; i < BACKLOG / 4; i++) {
                    ObjectNode event = fresh(pick(mix.get(program), random));
                    records.add(Map.entry(event.path("subject").asText(), JSON.writeValueAsString(event)));
                }
                writer.sendAll(ProgramEvents.topic(program), records);
            }
        }
        double written = (System.nanoTime() - start) / 1e9;
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> eventsSeen() >= seen + BACKLOG);
        double absorbed = (System.nanoTime() - start) / 1e9;
        figures.append(String.format("- Backlog: %,d events (the demo's mix, each about its own aggregate) written in "
                + "%.1f s and absorbed by the live consumer %.1f s after the first was written: **%,.0f events/s** "
                + "(from the first write to the last event folded in).%n", BACKLOG, written, absorbed,
                BACKLOG / absorbed));

        // 2. the same topics replayed by a rebuild into a fresh generation
        long all = eventsSeen();
        long rebuildStart = System.nanoTime();
        String location = given().header("Authorization", OPS).when().post("/api/ops/rebuilds").then()
                .statusCode(202).extract().header("Location");
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> "LIVE"
                .equals(given().header("Authorization", OPS).get(location).then().extract().path("state")));
        double rebuilt = (System.nanoTime() - rebuildStart) / 1e9;
        figures.append(String.format("- Rebuild: %,d events replayed from the topics' beginning and the generation "
                + "swapped in %.1f s: **%,.0f events/s**.%n", all, rebuilt, all / rebuilt));

        // 3. paced load: 500 events/s of training registrations; each event's delay to the SSE message showing it
        figures.append(latency(random, mix));
        System.out.println(figures);
        Files.writeString(Path.of("target", "benchmarks.md"), figures);
    }

    private String latency(Random random, Map<String, List<ObjectNode>> mix) throws Exception {
        ConcurrentSkipListMap<Long, Long> shownAt = new ConcurrentSkipListMap<>(); // figure value → nanoTime seen
        HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", OPS).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> read(answer.body(), shownAt), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !shownAt.isEmpty());
        long base = shownAt.lastKey();
        int total = RATE * PACED_SECONDS;
        long[] sentAt = new long[total];
        List<ObjectNode> registrations = mix.get("training").stream()
                .filter(event -> event.path("type").asText().endsWith(".cadre.registered.v1")).toList();
        try (TopicWriter writer = new TopicWriter(ProgramEvents.bootstrapServers())) {
            long begin = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = begin + i * 1_000_000_000L / RATE;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                ObjectNode event = fresh(pick(registrations, random));
                writer.send(ProgramEvents.topic("training"), event.path("subject").asText(),
                        JSON.writeValueAsString(event));
                sentAt[i] = System.nanoTime(); // acknowledged by the broker: on the topic, as after the relay
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> shownAt.lastKey() >= base + total);
        answer.body().close();
        long[] delays = new long[total];
        for (int i = 0; i < total; i++) {
            delays[i] = shownAt.ceilingEntry(base + i + 1).getValue() - sentAt[i];
        }
        Arrays.sort(delays);
        return String.format("- Live: %d events/s for %d s (training registrations), from each event acknowledged on "
                + "its topic to the SSE message whose figure includes it: **p50 %.0f ms, p99 %.0f ms**, max %.0f ms "
                + "(the stream pushes changes every 0.5 s).%n", RATE, PACED_SECONDS,
                delays[total / 2] / 1e6, delays[total * 99 / 100] / 1e6, delays[total - 1] / 1e6);
    }

    private static void read(InputStream body, Map<Long, Long> shownAt) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:") && line.contains("\"program\":\"training\"")) {
                    long value = JSON.readTree(line.substring(5)).path("figures").path("figures")
                            .path("training.cadres-registered").asLong();
                    shownAt.putIfAbsent(value, System.nanoTime());
                }
            }
        } catch (Exception closed) {
            // the benchmark closed the stream
        }
    }

    private static ObjectNode pick(List<ObjectNode> events, Random random) {
        return events.get(random.nextInt(events.size()));
    }

    /** A copy about a new aggregate, as if it happened now. */
    private static ObjectNode fresh(ObjectNode template) {
        ObjectNode event = template.deepCopy();
        String aggregate = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", aggregate);
        event.put("time", OffsetDateTime.now().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        for (String id : List.of("cadreId", "workOrderId", "profileId", "applicationId", "postingId")) {
            if (data.has(id)) {
                data.put(id, aggregate);
            }
        }
        return event;
    }
}
