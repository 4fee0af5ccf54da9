package io.unionhub.gateway.routing;

import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;

/** What the gateway's own routes share. */
public final class OwnRoutes {

    private OwnRoutes() {
    }

    /** A route for GET and HEAD (Vert.x leaves the body out of a HEAD's answer). */
    public static Route readable(Router router, String path) {
        return router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD);
    }

    /**
     * Answers any other method on the path with 405 and the methods it takes; register it after the path's own
     * routes.
     */
    public static void otherMethodsRefused(Router router, String path, String allowed) {
        router.route(path).handler(context -> {
            context.response().putHeader("Allow", allowed);
            HttpProblems.send(context.request(), ProblemType.METHOD_NOT_ALLOWED);
        });
    }
}
