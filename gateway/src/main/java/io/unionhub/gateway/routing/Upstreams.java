package io.unionhub.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.unionhub.gateway.config.GatewayConfig;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Each program's service as the gateway reaches it: its instances (balanced, health-checked), its circuit breaker,
 * its response timeout, over one connection pool per upstream. The proxy routes through it, and so do the gateway's
 * own calls (the overview).
 */
@ApplicationScoped
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    /** One program's service. */
    record Upstream(Instances instances, CircuitBreaker breaker, Duration responseTimeout, RequestOptions origin) {
    }

    /** An answer the gateway asked for itself: its status and its (small) body. */
    public record Answer(int status, Buffer body) {
    }

    private final HttpClient client;
    private final Map<String, Upstream> byProgram = new LinkedHashMap<>();

    Upstreams(Vertx vertx, GatewayConfig config) {
        client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
        // readiness is asked on connections of its own: a pool saturated by callers must not make a busy, healthy
        // instance look down
        HttpClient healthChecks = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(2));
        Duration idleTimeout = ConfigProvider.getConfig().getValue("quarkus.http.idle-timeout", Duration.class);
        config.routes().forEach((program, uris) -> {
            uris.forEach(uri -> checkUpstream(program, uri));
            Instances instances = new Instances(program, uris);
            instances.watch(vertx, healthChecks, config.healthCheckEvery());
            Duration responseTimeout = config.responseTimeouts().getOrDefault(program, config.responseTimeout());
            if (responseTimeout.compareTo(idleTimeout) >= 0) {
                // the caller's connection, silent while the service works, would be closed before the answer or 504
                throw new ConfigurationException("the " + program + " route's response timeout (" + responseTimeout
                        + ") must be shorter than quarkus.http.idle-timeout (" + idleTimeout + ")");
            }
            RequestOptions origin = new RequestOptions()
                    .setConnectTimeout(config.connectTimeout().toMillis())
                    .setIdleTimeout(responseTimeout.toMillis());
            byProgram.put(program, new Upstream(instances, breaker(vertx, program, config.circuitBreaker()),
                    responseTimeout, origin));
        });
    }

    HttpClient client() {
        return client;
    }

    Map<String, Upstream> all() {
        return byProgram;
    }

    /**
     * A GET the gateway makes itself, through the program's instances and circuit breaker, given up (its connection
     * closed) when the service stays silent for the time. Fails with the reason the proxy would answer for (see
     * {@link UpstreamFailure}); an answer of any status succeeds.
     */
    public Future<Answer> get(String program, String uri, MultiMap headers, Duration within) {
        Upstream upstream = byProgram.get(program);
        if (upstream == null) {
            return Future.failedFuture(new IllegalArgumentException("no route for " + program));
        }
        // the route's idle timeout replaced by the caller's time: a hung service does not keep the connection longer
        RequestOptions options = new RequestOptions(upstream.origin()).setMethod(HttpMethod.GET).setURI(uri)
                .setIdleTimeout(within.toMillis());
        return upstream.breaker().execute(promise -> upstream.instances().request(client, options)
                .compose(request -> {
                    request.headers().addAll(headers);
                    return request.send();
                })
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)))
                .onComplete(promise));
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
