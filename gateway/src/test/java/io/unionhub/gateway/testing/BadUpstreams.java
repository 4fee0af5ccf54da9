package io.unionhub.gateway.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;

/**
 * Upstreams that fail the ways real ones do, on raw TCP: one accepts and never answers (hung), one answers with
 * something that is not HTTP, one resets the connection as soon as the request arrives. Routed as the programs
 * {@code hung}, {@code garbage} and {@code reset}; the hung one's response timeout is one second.
 */
public class BadUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int hung = listen(socket -> {
            // read and keep the connection, never a byte back
        });
        int garbage = listen(socket -> socket.handler(request -> socket.end(Buffer.buffer("NOT HTTP AT ALL\r\n\r\n"))));
        int reset = listen(socket -> socket.handler(request -> socket.close()));
        return Map.of(
                "unionhub.gateway.routes.hung", "http://127.0.0.1:" + hung,
                "unionhub.gateway.routes.garbage", "http://127.0.0.1:" + garbage,
                "unionhub.gateway.routes.reset", "http://127.0.0.1:" + reset,
                "unionhub.gateway.response-timeouts.hung", "PT1S");
    }

    private int listen(io.vertx.core.Handler<NetSocket> handler) {
        NetServer server = vertx.createNetServer().connectHandler(handler);
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
