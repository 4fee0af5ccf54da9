package io.unionhub.ops.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.OpsApi;

/**
 * As the process begins to stop, the live streams end, and one opened meanwhile ends at once: open, they would hold
 * the graceful stop for its whole time limit. (Its own profile: the app it stops is not the other tests'.)
 */
@QuarkusTest
@WithKafkaBroker
@TestProfile(StreamAtStopTest.Stopping.class)
class StreamAtStopTest {

    public static class Stopping implements QuarkusTestProfile {
    }

    @TestHTTPResource("/api/ops/stream")
    URI stream;

    @Inject
    Event<ShutdownDelayInitiatedEvent> stopping;

    @Inject
    FigureStream figureStream;

    @Test
    void theStreamsEndAsTheProcessBeginsToStopAndANewOneEndsAtOnce() throws Exception {
        try (Stream<String> open = open()) {
            Iterator<String> lines = open.iterator();
            String line = lines.next();
            while (!line.startsWith("data:")) {
                line = lines.next();
            }
            assertTrue(line.contains("figures"), "the current state has begun: " + line);
            CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> lines.forEachRemaining(rest -> {
            }));
            stopping.fire(new ShutdownDelayInitiatedEvent());
            ended.get(5, TimeUnit.SECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> figureStream.listeners() == 0);
        }
        try (Stream<String> reconnected = open()) {
            assertEquals(0, CompletableFuture.supplyAsync(() -> reconnected.filter(line -> !line.isEmpty()).count())
                    .get(5, TimeUnit.SECONDS), "a stream opened while stopping ends at once, empty");
        }
        assertEquals(0, figureStream.listeners(), "and left nothing listening");
    }

    private Stream<String> open() throws Exception {
        HttpResponse<Stream<String>> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", OpsApi.OPS).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, answer.statusCode());
        return answer.body();
    }
}
