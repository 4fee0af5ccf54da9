package io.unionhub.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.ForbiddenException;
import io.unionhub.gateway.apidocs.AsyncApiRoute;
import io.unionhub.gateway.config.GatewayConfig;
import io.unionhub.gateway.limits.RateLimits;
import io.unionhub.gateway.overview.OverviewRoute;
import io.unionhub.gateway.partner.PartnerClientRoutes;
import io.unionhub.gateway.partner.TokenEndpoint;
import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;

/**
 * Routes {@code /api/<program>/…} to the program's service with the path unchanged (a path means the same thing
 * direct or through the gateway). Security runs before these routes: only authenticated calls get here.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    /** The platform's body limit (kit-web): a declared length over it is refused by the kit, a chunked body here. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void init(@Observes Router router, GatewayConfig config, Upstreams upstreams, PartnerClientRoutes partnerClients,
            TokenEndpoint tokenEndpoint, AsyncApiRoute asyncApi, OverviewRoute overview, OpenStreams streams) {
        // after the token check (Quarkus' security runs first), before any program route
        if (config.rateLimits().enabled()) {
            router.route("/api/*").handler(new RateLimits(config.rateLimits()));
        }
        // the gateway's own routes
        partnerClients.mount(router);
        tokenEndpoint.mount(router);
        asyncApi.mount(router);
        overview.mount(router);
        upstreams.all().forEach((program, upstream) -> {
            // no WebSocket upgrades: they would bypass the interceptor (forwarding headers, breaker, problems); a
            // connection not had (refused, not accepted in time) is marked, to be told apart from a later silence
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), upstreams.client())
                    .originRequestProvider((request, httpClient) -> upstream.instances().request(httpClient,
                            upstream.origin()).map(GatewayRoutes::quietOnReset));
            proxy.addInterceptor(new ForwardingInterceptor(program, config.publicUrl(), upstream.responseTimeout(),
                    upstream.breaker(), maxBodySize.asLongValue(), streams));
            // also matches /api/<program>/… and /api/<program> itself, but not /api/<program>something
            router.route("/api/" + program + "/*").handler(ProxyHandler.create(proxy));
            String page = config.pages().get(program);
            if (page != null) {
                router.route(page + "/*").handler(ProxyHandler.create(proxy));
            }
        });
        // registered last, so it only gets what no program route took
        router.route("/api/*").handler(context -> HttpProblems.send(context.request(), ProblemType.NOT_FOUND));
        // nor anything else no route took (/whatever, /API/training, /q/nothing): a problem, never an HTML page
        router.route().last().handler(context -> HttpProblems.send(context.request(), ProblemType.NOT_FOUND));
        // a refusal the HTTP security layer answers itself (a role missing on /q/metrics) is a problem too, and so
        // is anything that failed in a route: logged with its request id, answered without its details
        router.route().failureHandler(context -> {
            if (context.response().ended()) {
                return;
            }
            if (context.failure() instanceof ForbiddenException) {
                HttpProblems.send(context.request(), ProblemType.FORBIDDEN);
            } else if (context.failure() instanceof HttpClosedException) {
                // the caller hung up while its body was read: nobody to answer, nothing broken here
                LOG.debugf("%s %s: the caller closed the connection", context.request().method(),
                        context.request().path());
            } else if (isUnreadableBody(context.failure()) && !context.request().isEnded()
                    && !context.response().headWritten()) {
                // a body the transport could not frame (a chunk size that is no number): the caller's fault, not
                // the gateway's, so no ERROR; Vert.x has already closed the connection, a problem is sent if it can be
                LOG.debugf("%s %s: unreadable body", context.request().method(), context.request().path());
                HttpProblems.send(context.request(), ProblemType.MALFORMED_BODY);
            } else if (context.statusCode() >= 400 && context.statusCode() < 500) {
                // a refusal of the request itself (a role missing, a body over a route's limit): its own problem
                HttpProblems.send(context.request(), ProblemType.forStatus(context.statusCode()));
            } else {
                LOG.errorf(context.failure(), "%s %s failed (status %d)", context.request().method(),
                        context.request().path(), context.statusCode());
                HttpProblems.send(context.request(), ProblemType.INTERNAL);
            }
        });
    }

    /**
     * A request the proxy resets (the caller hung up mid-upload or before the answer was passed on, its body was over
     * the limit) fails its answer, which the proxy handles; without handlers of their own on the request and on the
     * answer (until the proxy's pipe sets its own) Vert.x would also log each reset as an unhandled ERROR.
     */
    private static HttpClientRequest quietOnReset(HttpClientRequest request) {
        request.response().onSuccess(answer -> answer.exceptionHandler(failure -> LOG.debugf(
                "upstream answer ended early: %s", failure.getClass().getSimpleName())));
        return request.exceptionHandler(failure -> LOG.debugf("upstream request ended early: %s",
                failure.getClass().getSimpleName()));
    }

    /** What Netty's decoder raises on a request body it cannot frame (a chunk size that is no number, too long). */
    private static boolean isUnreadableBody(Throwable failure) {
        return failure instanceof DecoderException || failure instanceof NumberFormatException
                || failure instanceof TooLongFrameException;
    }
}
