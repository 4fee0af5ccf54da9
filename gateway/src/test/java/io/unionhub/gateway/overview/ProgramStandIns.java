package io.unionhub.gateway.overview;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The four programs as the overview asks them, answering by the caller (the token's subject): {@code slow-…} finds
 * mediation hung and matchmaking hanging up; {@code newcomer-…} has no cadre record and no matchmaking profile;
 * anyone else gets their data. Every answer names the caller it was given for, to show the caller's token was used.
 */
public class ProgramStandIns implements QuarkusTestResourceLifecycleManager {

    /** How long after being asked the gateway dropped each hung mediation call's connection. */
    static final List<Long> HUNG_CALLS_DROPPED_AFTER_MS = new CopyOnWriteArrayList<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = vertx.createHttpServer().requestHandler(this::answer).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join().actualPort();
        String standIn = "http://127.0.0.1:" + port;
        return Map.of(
                "unionhub.gateway.routes.training", standIn,
                "unionhub.gateway.routes.employment", standIn,
                "unionhub.gateway.routes.mediation", standIn,
                "unionhub.gateway.routes.matchmaking", standIn,
                "unionhub.gateway.overview.timeout", "PT1.5S");
    }

    private void answer(HttpServerRequest request) {
        String caller = subjectOf(request.getHeader("Authorization"));
        boolean slow = caller.startsWith("slow-");
        boolean newcomer = caller.startsWith("newcomer-");
        switch (request.path()) {
            case "/api/training/cadres/me" -> {
                if (newcomer) {
                    json(request, 404, new JsonObject().put("status", 404));
                } else {
                    json(request, 200, new JsonObject().put("id", "cadre-of-" + caller).put("memberId", caller));
                }
            }
            case "/api/training/enrolments/mine" -> json(request, 200, page(caller, "enrolment"));
            case "/api/employment/applications/mine" -> json(request, 200, page(caller, "application"));
            case "/api/mediation/work-orders/mine" -> {
                if (slow) {
                    // never answered: the gateway is to drop the connection after the part's time
                    long asked = System.nanoTime();
                    request.connection().closeHandler(closed -> HUNG_CALLS_DROPPED_AFTER_MS
                            .add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked)));
                } else {
                    json(request, 200, page(caller, "work order"));
                }
            }
            case "/api/matchmaking/profiles/me" -> {
                if (slow) {
                    request.connection().close();
                } else if (newcomer) {
                    json(request, 404, new JsonObject().put("status", 404));
                } else {
                    json(request, 200, new JsonObject().put("memberId", caller).put("verification", "VERIFIED"));
                }
            }
            default -> {
                if (request.path().equals("/api/training/cadres/cadre-of-" + caller + "/certificates")) {
                    json(request, 200, new JsonArray().add(new JsonObject().put("for", caller)));
                } else if (request.path().equals("/q/health/ready")) {
                    json(request, 200, new JsonObject().put("status", "UP"));
                } else {
                    json(request, 404, new JsonObject().put("status", 404));
                }
            }
        }
    }

    private static JsonObject page(String caller, String what) {
        return new JsonObject().put("items", new JsonArray().add(new JsonObject().put("what", what).put("for", caller)))
                .put("page", 0).put("size", 20).put("total", 1);
    }

    private static void json(HttpServerRequest request, int status, Object body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(body instanceof JsonObject object ? object.toBuffer() : ((JsonArray) body).toBuffer());
    }

    private static String subjectOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "";
        }
        String payload = authorization.substring(7).split("\\.")[1];
        return new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
