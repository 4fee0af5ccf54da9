package io.unionhub.ops.alert;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A program service's /q/metrics whose outbox lag the test sets: the dashboard watches it as "fake". */
public class FakeServiceMetrics implements QuarkusTestResourceLifecycleManager {

    static volatile double oldestPendingAgeSeconds;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/q/metrics", exchange -> {
            byte[] body = ("# TYPE unionhub_outbox_oldest_pending_age_seconds gauge\n"
                    + "unionhub_outbox_oldest_pending_age_seconds " + oldestPendingAgeSeconds + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("unionhub.ops.services.fake", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
