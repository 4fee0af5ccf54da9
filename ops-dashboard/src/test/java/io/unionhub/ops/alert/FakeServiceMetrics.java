package io.unionhub.ops.alert;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.unionhub.kit.testing.StubHttpServer;

/** A program service's /q/metrics whose outbox lag the test sets: the dashboard watches it as "fake". */
public class FakeServiceMetrics implements QuarkusTestResourceLifecycleManager {

    static volatile double oldestPendingAgeSeconds;
    private StubHttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubHttpServer.serving("/q/metrics", "text/plain",
                () -> "# TYPE unionhub_outbox_oldest_pending_age_seconds gauge\n"
                        + "unionhub_outbox_oldest_pending_age_seconds " + oldestPendingAgeSeconds + "\n");
        return Map.of("unionhub.ops.services.fake", server.url());
    }

    @Override
    public void stop() {
        server.close();
    }
}
