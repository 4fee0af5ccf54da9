package io.unionhub.ops.stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.OpsApi;
import io.unionhub.ops.support.ProgramEvents;
import io.unionhub.ops.support.StreamListener;
import io.unionhub.ops.support.StreamListener.Message;

/** The live stream: the current state first, then a figure changed after an event reaches the real broker. */
@QuarkusTest
@WithKafkaBroker
class StreamTest {

    @TestHTTPResource("/api/ops/stream")
    URI stream;

    @Inject
    FigureStream figureStream;

    @Test
    void aNewListenerGetsEveryProgramsFiguresAndTheAlertsThenAChangeAfterAnEventOnTheBroker() throws Exception {
        try (StreamListener listener = new StreamListener(stream, OpsApi.OPS)) {
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
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(listener::hadComment);
        }
    }

    @Test
    void aBurstOfEventsIsAFewMessagesNotOnePerEvent() throws Exception {
        try (StreamListener listener = new StreamListener(stream, TestTokens.bearer("staff-1", "union-staff"))) {
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
    void listenersWhoLeaveAtOnceLeaveNothingListeningBehind() throws Exception {
        String request = "GET /api/ops/stream HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\nAuthorization: "
                + OpsApi.OPS + "\r\n\r\n";
        for (int i = 0; i < 10; i++) {
            // gone before their state could be read, or just after
            try (Socket socket = new Socket(stream.getHost(), stream.getPort())) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                if (i % 2 == 1) {
                    socket.getInputStream().read();
                }
            }
            new StreamListener(stream, OpsApi.OPS).close();
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> figureStream.listeners() == 0);
    }

    @Test
    void theStreamNeedsAnOpsOrStaffToken() {
        given().accept("text/event-stream").when().get("/api/ops/stream").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("w1", "worker")).accept("text/event-stream")
                .when().get("/api/ops/stream").then().statusCode(403).contentType("application/problem+json");
    }

    private static Message nextFiguresOf(StreamListener listener, String program)
            throws InterruptedException {
        for (;;) {
            Message message = listener.next();
            if ("figures".equals(message.name())
                    && message.data().path("figures").path("program").asText().equals(program)) {
                return message;
            }
        }
    }
}
