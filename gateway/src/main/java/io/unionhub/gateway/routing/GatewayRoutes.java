package io.unionhub.gateway.routing;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.security.ForbiddenException;
import io.unionhub.gateway.apidocs.AsyncApiRoute;
import io.unionhub.gateway.config.GatewayConfig;
import io.unionhub.gateway.limits.RateLimits;
import io.unionhub.gateway.partner.PartnerClientRoutes;
import io.unionhub.gateway.partner.TokenEndpoint;
import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
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

    void init(@Observes Router router, Vertx vertx, GatewayConfig config, PartnerClientRoutes partnerClients,
            TokenEndpoint tokenEndpoint, AsyncApiRoute asyncApi) {
        // after the token check (Quarkus' security runs first), before any program route
        router.route("/api/*").handler(new RateLimits(config.rateLimits()));
        // the gateway's own routes
        partnerClients.mount(router);
        tokenEndpoint.mount(router);
        asyncApi.mount(router);
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
        // readiness is asked on connections of its own: a pool saturated by callers must not make a busy, healthy
        // instance look down
        HttpClient healthChecks = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(2));
        config.routes().forEach((program, upstreams) -> {
            upstreams.forEach(upstream -> checkUpstream(program, upstream));
            Instances instances = new Instances(program, upstreams);
            instances.watch(vertx, healthChecks, config.healthCheckEvery());
            Duration responseTimeout = config.responseTimeouts().getOrDefault(program, config.responseTimeout());
            RequestOptions origin = new RequestOptions()
                    .setConnectTimeout(config.connectTimeout().toMillis())
                    .setIdleTimeout(responseTimeout.toMillis());
            // no WebSocket upgrades: they would bypass the interceptor (forwarding headers, breaker, problems); a
            // connection not had (refused, not accepted in time) is marked, to be told apart from a later silence
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                    .originRequestProvider((request, httpClient) -> instances.request(httpClient, origin));
            proxy.addInterceptor(new ForwardingInterceptor(program, config.publicUrl(), responseTimeout,
                    breaker(vertx, program, config.circuitBreaker())));
            // also matches /api/<program> itself, but not /api/<program>something
            router.route("/api/" + program + "/*").handler(ProxyHandler.create(proxy));
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
     * The upstream's circuit breaker: open after so many failures, it answers 503 at once instead of making every
     * caller wait for a service that is down; after a while one call goes through to try again, and its success
     * closes it. Its state changes are logged, not each refused call.
     */
    private static CircuitBreaker breaker(Vertx vertx, String program, GatewayConfig.Breaker config) {
        CircuitBreaker breaker = CircuitBreaker.create("upstream-" + program, vertx, new CircuitBreakerOptions()
                .setMaxFailures(config.failures()).setResetTimeout(config.openFor().toMillis())
                // the response timeout bounds a call already; no event-bus notifications
                .setTimeout(-1).setNotificationAddress(null));
        breaker.openHandler(ignored -> LOG.warnf("%s service: circuit open, calls refused for %s", program,
                config.openFor()));
        breaker.closeHandler(ignored -> LOG.infof("%s service: circuit closed, calls pass again", program));
        return breaker;
    }

    /** Fails the start on an upstream the proxy would misread (a path would be silently dropped). */
    private static void checkUpstream(String program, URI upstream) {
        boolean plainOrigin = "http".equals(upstream.getScheme()) && upstream.getHost() != null
                && (upstream.getRawPath() == null || upstream.getRawPath().isEmpty() || "/".equals(upstream.getRawPath()))
                && upstream.getRawQuery() == null;
        if (!plainOrigin) {
            throw new ConfigurationException("unionhub.gateway.routes." + program + " must be http://host[:port], not "
                    + upstream);
        }
    }
}
