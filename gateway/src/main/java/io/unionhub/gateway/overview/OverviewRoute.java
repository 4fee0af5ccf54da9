package io.unionhub.gateway.overview;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.unionhub.gateway.config.GatewayConfig;
import io.unionhub.gateway.routing.OwnRoutes;
import io.unionhub.gateway.routing.UpstreamFailure;
import io.unionhub.gateway.routing.Upstreams;
import io.unionhub.kit.problem.Messages;
import io.unionhub.kit.requestid.RequestIds;
import io.unionhub.kit.security.Roles;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/me/overview} [worker, cadre]: the caller's services in one call — training enrolments and
 * certificates (a cadre), job applications, hotline work orders and the matchmaking profile (a worker) — asked of the
 * programs in parallel with the caller's own token, each part within a time of its own. A part that fails or is
 * late is answered as missing, with the reason; the call itself succeeds (docs/gateway.md).
 */
@ApplicationScoped
public class OverviewRoute {

    public static final String PATH = "/api/me/overview";

    @Inject
    Upstreams upstreams;

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    public void mount(Router router) {
        OwnRoutes.readable(router, PATH).handler(this::overview);
        OwnRoutes.otherMethodsRefused(router, PATH, "GET, HEAD");
    }

    private void overview(RoutingContext context) {
        SecurityIdentity caller = ((QuarkusHttpUser) context.user()).getSecurityIdentity();
        Ask ask = new Ask(headersFor(context.request()), config.overview().timeout(),
                Messages.supported(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        boolean cadre = caller.hasRole(Roles.CADRE);
        boolean worker = caller.hasRole(Roles.WORKER);
        Map<String, Future<Part>> parts = Map.of(
                "training", cadre ? ask.within("training", training(ask)) : notApplicable(),
                "employment", worker ? ask.within("employment", ask.list("employment",
                        "/api/employment/applications/mine", "applications")) : notApplicable(),
                "mediation", worker ? ask.within("mediation", ask.list("mediation",
                        "/api/mediation/work-orders/mine", "workOrders")) : notApplicable(),
                "matchmaking", worker ? ask.within("matchmaking", ask.list("matchmaking",
                        "/api/matchmaking/profiles/me", "profile")) : notApplicable());
        Future.join(List.copyOf(parts.values())).onComplete(ignored -> {
            JsonObject body = new JsonObject();
            List<String> missing = parts.entrySet().stream()
                    .filter(part -> part.getValue().result().missing()).map(Map.Entry::getKey).sorted().toList();
            body.put("complete", missing.isEmpty()).put("missing", missing);
            parts.keySet().stream().sorted().forEach(program -> body.put(program, parts.get(program).result().json()));
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body.toBuffer());
        });
    }

    /** A cadre's record, then their enrolments and certificates side by side. */
    private static Future<Part> training(Ask ask) {
        return ask.one("training", "/api/training/cadres/me").compose(cadre -> {
            if (cadre == null) {
                return Future.succeededFuture(Part.complete(new JsonObject().putNull("cadre").putNull("enrolments")
                        .putNull("certificates")));
            }
            Future<Object> enrolments = ask.one("training", "/api/training/enrolments/mine");
            Future<Object> certificates = ask.one("training",
                    "/api/training/cadres/" + ((JsonObject) cadre).getString("id") + "/certificates");
            return Future.all(enrolments, certificates).map(both -> Part.complete(new JsonObject()
                    .put("cadre", cadre).put("enrolments", enrolments.result())
                    .put("certificates", certificates.result())));
        });
    }

    private static Future<Part> notApplicable() {
        return Future.succeededFuture(Part.NOT_APPLICABLE);
    }

    /** What goes to each program: the caller's token, language and request id; JSON asked for. */
    private static MultiMap headersFor(HttpServerRequest request) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .set(HttpHeaders.AUTHORIZATION, request.getHeader(HttpHeaders.AUTHORIZATION))
                .set(HttpHeaders.ACCEPT, "application/json")
                .set(RequestIds.HEADER, RequestIds.of(request));
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return headers;
    }

    /** One overview's questions to the programs. */
    private final class Ask {
        final MultiMap headers;
        final Duration timeout;
        final Locale locale;

        Ask(MultiMap headers, Duration timeout, Locale locale) {
            this.headers = headers;
            this.timeout = timeout;
            this.locale = locale;
        }

        /** A program's answer as JSON; {@code null} for a 404 (the caller has none: no profile, no cadre record). */
        Future<Object> one(String program, String uri) {
            return upstreams.get(program, uri, headers, timeout).compose(answer -> switch (answer.status()) {
                case 200 -> Future.succeededFuture(answer.body().toJson());
                case 404 -> Future.succeededFuture(null);
                default -> Future.failedFuture(new Unanswered(answer.status()));
            });
        }

        Future<Part> list(String program, String uri, String field) {
            return one(program, uri).map(answer -> Part.complete(new JsonObject().put(field, answer)));
        }

        /** The part as it stands when its time is up: missing, with the reason, when it failed or is late. */
        Future<Part> within(String program, Future<Part> part) {
            Promise<Part> answered = Promise.promise();
            long timer = vertx.setTimer(timeout.toMillis(), ignored -> answered.tryComplete(
                    Part.missing("timeout", Messages.get(locale, UpstreamFailure.SILENT.detailKey(), program,
                            timeout.toSeconds()))));
            part.onComplete(done -> {
                vertx.cancelTimer(timer);
                answered.tryComplete(done.succeeded() ? done.result() : missing(program, done.cause()));
            });
            return answered.future();
        }

        private Part missing(String program, Throwable failure) {
            if (failure instanceof Unanswered refused) {
                return Part.missing(refused.status == 401 || refused.status == 403 ? "refused" : "failed",
                        Messages.get(locale, "overview.failed", program, refused.status));
            }
            if (failure instanceof io.vertx.core.json.DecodeException) {
                return Part.missing("failed", Messages.get(locale, "overview.failed", program, 200));
            }
            UpstreamFailure kind = UpstreamFailure.of(failure);
            return Part.missing(kind.name().toLowerCase(Locale.ROOT),
                    Messages.get(locale, kind.detailKey(), program, timeout.toSeconds()));
        }
    }

    /** A program answered, but not with what was asked (a refusal, an error). */
    private static final class Unanswered extends RuntimeException {
        final int status;

        Unanswered(int status) {
            super("status " + status, null, false, false);
            this.status = status;
        }
    }
}
