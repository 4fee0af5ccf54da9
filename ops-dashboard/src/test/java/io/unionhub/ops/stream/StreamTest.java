package io.unionhub.ops.stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.OpsApi;
import io.unionhub.ops.support.ProgramEvents;

/** The live stream: the current state first, then a figure changed after an event reaches the real broker. */
@QuarkusTest
@WithKafkaBroker
class StreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/ops/stream")
    URI stream;

    /** A listener reading the stream's messages (event name and JSON data) as they come. */
    record Message(String name, JsonNode data) {
    }

    final class Listener implements AutoCloseable {
        final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        final List<String> comments = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Stream<String> lines;

        Listener(String token) throws IOException, InterruptedException {
            HttpResponse<Stream<String>> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                    .header("Authorization", token).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, answer.statusCode());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            lines = answer.body();
            Thread reader = new Thread(this::read, "sse-listener");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            String[] name = { null };
            StringBuilder data = new StringBuilder();
            try {
                lines.forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    } else if (line.startsWith(":")) {
                        comments.add(line);
                    } else if (line.isEmpty() && data.length() > 0) {
                        try {
                            messages.add(new Message(name[0], JSON.readTree(data.toString())));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                        data.setLength(0);
                        name[0] = null;
                    }
                });
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }

        Message next() throws InterruptedException {
            Message message = messages.poll(20, TimeUnit.SECONDS);
            assertTrue(message != null, "no message within 20 s");
            return message;
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    @Test
    void aNewListenerGetsEveryProgramsFiguresAndTheAlertsThenAChangeAfterAnEventOnTheBroker() throws Exception {
        try (Listener listener = new Listener(OpsApi.OPS)) {
            List<String> programs = new ArrayList<>();
            long hires = -1;
            for (int i = 0; i < 4; i++) {
                Message message = listener.next();
                assertEquals("figures", message.name());
                String program = message.data().path("figures").path("program").asText();
                programs.add(program);
                if (program.equals("employment")) {
                    hires = message.data().path("figures").path("figures").path("employment.hires").asLong();
                }
            }
            assertEquals(List.of("employment", "matchmaking", "mediation", "training"), programs);
            Message alerts = listener.next();
            assertEquals("alerts", alerts.name());
            assertTrue(alerts.data().isArray());

            ProgramEvents.send("employment", List.of(ProgramEvents.example(
                    "unionhub.employment.application.hired.v1", OffsetDateTime.now(), Map.of())));
            // a push for employment may come before the event is folded (another change, a promoted rebuild)
            long shown = hires;
            while (shown == hires) {
                shown = nextFiguresOf(listener, "employment").data().path("figures").path("figures")
                        .path("employment.hires").asLong();
            }
            assertEquals(hires + 1, shown);
            // an idle stream gets a comment line now and then (every second in tests, 15 s by default)
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !listener.comments.isEmpty());
        }
    }

    @Test
    void aBurstOfEventsIsAFewMessagesNotOnePerEvent() throws Exception {
        try (Listener listener = new Listener(TestTokens.bearer("staff-1", "union-staff"))) {
            long before = -1;
            for (int i = 0; i < 5; i++) {
                Message message = listener.next();
                if (message.data().path("figures").path("program").asText().equals("matchmaking")) {
                    before = message.data().path("figures").path("figures").path("matchmaking.sign-ups").asLong();
                }
            }
            List<ObjectNode> burst = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                burst.add(ProgramEvents.example("unionhub.matchmaking.mixer.registration-confirmed.v1",
                        OffsetDateTime.now(), Map.of()));
            }
            ProgramEvents.send("matchmaking", burst);
            int messages = 0;
            long shown = before;
            while (shown < before + 500) {
                Message update = nextFiguresOf(listener, "matchmaking");
                messages++;
                shown = update.data().path("figures").path("figures").path("matchmaking.sign-ups").asLong();
            }
            assertEquals(before + 500, shown);
            assertTrue(messages < 50, messages + " messages for 500 events");
        }
    }

    @Test
    void aHeadOfTheStreamIsAnsweredAtOnceAndTheConnectionServesTheNextCall() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<Void> head = client.send(HttpRequest.newBuilder(stream).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).header("Authorization", OpsApi.OPS)
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        // the same client, its kept-alive connection: a HEAD that never ended would leave it stuck
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(stream.resolve("/api/ops/figures"))
                .header("Authorization", OpsApi.OPS).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode());
    }

    @Test
    void theStreamNeedsAnOpsOrStaffToken() {
        given().accept("text/event-stream").when().get("/api/ops/stream").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("w1", "worker")).accept("text/event-stream")
                .when().get("/api/ops/stream").then().statusCode(403).contentType("application/problem+json");
    }

    private static Message nextFiguresOf(Listener listener, String program) throws InterruptedException {
        for (;;) {
            Message message = listener.next();
            if ("figures".equals(message.name())
                    && message.data().path("figures").path("program").asText().equals(program)) {
                return message;
            }
        }
    }
}
