package io.unionhub.gateway.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in service that answers every call with what it received: method, path, query, headers (names in lower
 * case), body, and the URIs of the calls it received before this one (to show that a refused call never arrived).
 * Training, employment, matchmaking and ops (its API and its page) are routed to it; mediation to a port where nothing listens.
 * {@code /api/ops/stream} asked for with {@code Accept: text/event-stream} is an endless event stream instead.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = vertx.createHttpServer().requestHandler(this::echo).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join().actualPort();
        String echo = "http://127.0.0.1:" + port;
        return Map.of(
                "unionhub.gateway.routes.training", echo,
                "unionhub.gateway.routes.employment", echo,
                "unionhub.gateway.routes.matchmaking", echo,
                "unionhub.gateway.routes.ops", echo,
                // port 1: nothing listens there (a port freed by the test could be taken again by another process)
                "unionhub.gateway.routes.mediation", "http://127.0.0.1:1");
    }

    private void echo(HttpServerRequest request) {
        if (request.path().equals("/api/ops/stream") && "text/event-stream".equals(request.getHeader("Accept"))) {
            // an endless stream of Server-Sent Events, as the dashboard's (asked for as a browser asks)
            request.response().setChunked(true).putHeader("Content-Type", "text/event-stream").write(": open\n\n");
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().names().forEach(name -> headers.put(name.toLowerCase(), String.join(",", request.headers().getAll(name))));
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("body", body.toString())
                    .put("earlier", new JsonArray(List.copyOf(received)));
            received.add(request.uri());
            request.response()
                    .putHeader("Content-Type", "application/json")
                    // as the services do: the gateway must not pass on a second id
                    .putHeader("X-Request-Id", request.getHeader("X-Request-Id"))
                    .end(echo.encode());
        });
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
