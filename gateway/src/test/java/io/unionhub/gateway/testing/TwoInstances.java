package io.unionhub.gateway.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * Two instances of one service ({@code pair}): each answers its name, and its readiness as the test sets it; the
 * gateway asks every 200 ms. The test can stop and start the first.
 */
public class TwoInstances implements QuarkusTestResourceLifecycleManager {

    private static Vertx vertx;
    private static final boolean[] READY = { true, true };
    private static final int[] PORTS = new int[2];
    private static final HttpServer[] SERVERS = new HttpServer[2];

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        start(0);
        start(1);
        return Map.of("unionhub.gateway.routes.pair",
                "http://127.0.0.1:" + PORTS[0] + ",http://127.0.0.1:" + PORTS[1],
                "unionhub.gateway.health-check-every", "PT0.2S");
    }

    /** Starts instance i (again on its port). */
    public static void start(int i) {
        SERVERS[i] = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().setStatusCode(READY[i] ? 200 : 503).end();
            } else {
                request.response().putHeader("Content-Type", "application/json").end("{\"instance\": " + i + "}");
            }
        }).listen(PORTS[i], "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        PORTS[i] = SERVERS[i].actualPort();
    }

    public static void stop(int i) {
        SERVERS[i].close().toCompletionStage().toCompletableFuture().join();
    }

    public static void ready(int i, boolean ready) {
        READY[i] = ready;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
            vertx = null;
        }
    }
}
