package io.unionhub.ops.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.OpsApi;
import io.unionhub.ops.support.StreamListener;
import io.unionhub.ops.support.StreamListener.Message;

/**
 * Listeners arriving while figures are pushed all the time each get the whole current state before any change: a
 * change pushed while a listener's state is read is held for it, neither lost nor sent first. (Its own profile: a
 * push every 5 ms.)
 */
@QuarkusTest
@WithKafkaBroker
@TestProfile(StreamOrderTest.PushingAllTheTime.class)
class StreamOrderTest {

    public static class PushingAllTheTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unionhub.ops.stream.every", "PT0.005S");
        }
    }

    @TestHTTPResource("/api/ops/stream")
    URI stream;

    @Inject
    FigureStream figureStream;

    @Test
    void everyNewListenerGetsTheWholeStateFirstThenTheChangesPushedMeanwhile() throws Exception {
        ScheduledExecutorService changes = Executors.newSingleThreadScheduledExecutor();
        changes.scheduleAtFixedRate(figureStream::everythingChanged, 0, 2, TimeUnit.MILLISECONDS);
        try {
            for (int i = 0; i < 20; i++) {
                try (StreamListener listener = new StreamListener(stream, OpsApi.OPS)) {
                    List<String> first = new ArrayList<>();
                    long stateRevision = -1;
                    for (int m = 0; m < 5; m++) {
                        Message message = listener.next();
                        first.add(message.name().equals("figures")
                                ? message.data().path("figures").path("program").asText() : message.name());
                        if (message.name().equals("figures")) {
                            stateRevision = message.data().path("revision").asLong();
                        }
                    }
                    assertEquals(List.of("employment", "matchmaking", "mediation", "training", "alerts"), first,
                            "listener " + i);
                    // a push read before the state may come after it, older (the page keeps the highest); the
                    // first newer one is the next revision: none pushed since the state was read was lost
                    Message change;
                    do {
                        change = listener.next();
                        assertEquals("figures", change.name(), "then the changes");
                    } while (change.data().path("revision").asLong() <= stateRevision);
                    assertEquals(stateRevision + 1, change.data().path("revision").asLong(), "listener " + i);
                }
            }
        } finally {
            changes.shutdownNow();
        }
    }
}
