package io.unionhub.gateway.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;

/**
 * Upstreams that fail the ways real ones do, on raw TCP: one accepts and never answers (hung), one answers with
 * something that is not HTTP, one resets the connection as soon as the request arrives. Routed as the programs
 * {@code hung}, {@code garbage} and {@code reset}; the hung one's response timeout is one second. And one that the
 * test stops and starts again ({@code flaky}), for the circuit breaker (three failures open it for three seconds).
 */
public class BadUpstreams implements QuarkusTestResourceLifecycleManager {

    private static Vertx vertx;
    private static int flakyPort;
    private static HttpServer flaky;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int hung = listen(socket -> {
            // read and keep the connection, never a byte back
        });
        int garbage = listen(socket -> socket.handler(request -> socket.end(Buffer.buffer("NOT HTTP AT ALL\r\n\r\n"))));
        int reset = listen(socket -> socket.handler(request -> socket.close()));
        // answers the first request on a connection and keeps it open, then closes it as the next one arrives: the
        // race of a pooled keep-alive connection closed by the service just as the gateway reuses it
        int stale = listen(socket -> {
            int[] requests = { 0 };
            socket.handler(request -> {
                if (requests[0]++ == 0) {
                    socket.write(Buffer.buffer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 11\r\n\r\n{\"up\":true}"));
                } else {
                    socket.close();
                }
            });
        });
        startFlaky();
        return Map.of(
                "unionhub.gateway.routes.hung", "http://127.0.0.1:" + hung,
                "unionhub.gateway.routes.garbage", "http://127.0.0.1:" + garbage,
                "unionhub.gateway.routes.reset", "http://127.0.0.1:" + reset,
                "unionhub.gateway.routes.flaky", "http://127.0.0.1:" + flakyPort,
                "unionhub.gateway.routes.stale", "http://127.0.0.1:" + stale,
                "unionhub.gateway.response-timeouts.hung", "PT1S",
                "unionhub.gateway.circuit-breaker.failures", "3",
                "unionhub.gateway.circuit-breaker.open-for", "PT3S");
    }

    /** Starts the "flaky" upstream (a plain HTTP 200), on the same port each time. */
    public static void startFlaky() {
        flaky = vertx.createHttpServer().requestHandler(request -> request.response()
                .putHeader("Content-Type", "application/json").end("{\"up\": true}"))
                .listen(flakyPort, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        flakyPort = flaky.actualPort();
    }

    /** Stops it: calls to it find nothing listening. */
    public static void stopFlaky() {
        flaky.close().toCompletionStage().toCompletableFuture().join();
    }

    private int listen(io.vertx.core.Handler<NetSocket> handler) {
        NetServer server = vertx.createNetServer().connectHandler(handler);
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
            vertx = null;
        }
    }
}
