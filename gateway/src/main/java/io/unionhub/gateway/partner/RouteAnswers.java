package io.unionhub.gateway.partner;

import java.util.UUID;

import io.unionhub.gateway.security.ProblemChallengeJwtMechanism;
import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** What the gateway's own JSON routes share: problems raised answered as problems, JSON answers, ids in paths. */
final class RouteAnswers {

    static final String JSON = "application/json";

    private RouteAnswers() {
    }

    /** Runs the handler; a problem it raises is answered, anything else goes to the router's failure handler. */
    static Handler<RoutingContext> answering(Handler<RoutingContext> handler) {
        return context -> {
            try {
                handler.handle(context);
            } catch (ProblemException problem) {
                HttpProblems.send(context.request(), problem);
            }
        };
    }

    static void json(RoutingContext context, int status, Object body) {
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encodeToBuffer(body));
    }

    /** The id a path names; a path naming no possible id is a 404 with this message. */
    static UUID pathId(RoutingContext context, String notFoundKey) {
        String id = context.pathParam("id");
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // not an id: not found, below
        }
        throw new ProblemException(ProblemType.NOT_FOUND, notFoundKey, "");
    }

    /** The member id of the token's subject, put there by the JWT mechanism. */
    static String caller(RoutingContext context) {
        return context.get(ProblemChallengeJwtMechanism.CALLER);
    }

    /** The media type the request declares its body to be (without parameters, cut short), or "none". */
    static String declaredType(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (declared == null || declared.isBlank()) {
            return "none";
        }
        int parameters = declared.indexOf(';');
        String type = (parameters < 0 ? declared : declared.substring(0, parameters)).strip();
        return type.length() > 100 ? type.substring(0, 100) : type;
    }

    /** Whether the declared body is UTF-8: no charset parameter, or {@code charset=utf-8}. */
    static boolean utf8(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        for (String parameter : declared == null ? new String[0] : declared.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && "charset".equalsIgnoreCase(pair[0].strip())
                    && !"utf-8".equalsIgnoreCase(pair[1].strip().replace("\"", ""))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the request's body is declared as this media type (parameters such as a charset allowed). */
    static boolean declares(RoutingContext context, String mediaType) {
        return declaredType(context).equalsIgnoreCase(mediaType);
    }
}
