package io.unionhub.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;

/**
 * An event stream the gateway passes on ends as the gateway begins to stop, and one opened meanwhile at once: open,
 * they would hold the graceful stop for its whole time limit. (Its own profile: the gateway it stops is not the other
 * tests'.)
 */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
@TestProfile(StreamsAtStopTest.Stopping.class)
class StreamsAtStopTest {

    public static class Stopping implements QuarkusTestProfile {
    }

    @Inject
    Event<ShutdownDelayInitiatedEvent> stopping;

    @Test
    void anEventStreamEndsAsTheGatewayBeginsToStopAndANewOneAtOnce() throws Exception {
        InputStream open = openStream();
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> readToTheEnd(open));
        stopping.fire(new ShutdownDelayInitiatedEvent());
        ended.get(5, TimeUnit.SECONDS);

        // opened while stopping: its connection is closed as soon as the stream's answer comes
        CompletableFuture.runAsync(() -> {
            try {
                readToTheEnd(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                        request(), HttpResponse.BodyHandlers.ofInputStream()).body());
            } catch (IOException closed) {
                // closed before the answer's first bytes: ended too
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).get(5, TimeUnit.SECONDS);
    }

    /** A stream through the gateway whose first bytes came through. */
    private static InputStream openStream() throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertEquals(':', stream.body().read(), "the stream's first line came through");
        return stream.body();
    }

    private static HttpRequest request() {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/ops/stream"))
                .header("Authorization", TestTokens.bearer("o-1", "ops")).header("Accept", "text/event-stream").build();
    }

    private static void readToTheEnd(InputStream stream) {
        try {
            while (stream.read() != -1) {
                // the rest of the stream, until it ends
            }
        } catch (IOException closed) {
            // a closed connection ends it too
        }
    }
}
