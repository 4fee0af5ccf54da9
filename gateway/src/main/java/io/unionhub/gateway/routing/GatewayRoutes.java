package io.unionhub.gateway.routing;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.unionhub.gateway.config.GatewayConfig;
import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

/**
 * Routes {@code /api/<program>/…} to the program's service with the path unchanged (a path means the same thing
 * direct or through the gateway). Security runs before these routes: only authenticated calls get here.
 */
@ApplicationScoped
public class GatewayRoutes {

    void init(@Observes Router router, Vertx vertx, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
        config.routes().forEach((program, upstream) -> {
            checkUpstream(program, upstream);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(upstream.getPort() < 0 ? 80 : upstream.getPort(), upstream.getHost());
            proxy.addInterceptor(new ForwardingInterceptor(program, config.publicUrl()));
            // also matches /api/<program> itself, but not /api/<program>something
            router.route("/api/" + program + "/*").handler(ProxyHandler.create(proxy));
        });
        // registered last, so it only gets what no program route took
        router.route("/api/*").handler(context -> HttpProblems.send(context.request(), ProblemType.NOT_FOUND));
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
