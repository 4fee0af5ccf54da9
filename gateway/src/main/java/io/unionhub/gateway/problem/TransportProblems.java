package io.unionhub.gateway.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What the HTTP layer refuses, as problem+json: a request target over 4 KiB (414), headers over 16 KiB (431), a
 * declared body over the limit (413), an unreadable Host, a target {@link URI} cannot parse (400; with
 * {@code -Dvertx.disableURIValidation=true}, else Quarkus answers it bare). The same rules as service-kit's
 * {@code TransportProblems}, written with the gateway's problems until the gateway shares the kit's web part (#7);
 * change both together.
 */
@ApplicationScoped
public class TransportProblems {

    /** After the request id is set, before security: an oversized call is refused before its token is checked. */
    private static final int PRIORITY = 900;
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._~-]+)(:[0-9]{1,5})?");
    private static final Map<Integer, GatewayProblem> TRANSPORT_FAILURES = Map.of(400, GatewayProblem.BAD_REQUEST,
            413, GatewayProblem.PAYLOAD_TOO_LARGE, 414, GatewayProblem.URI_TOO_LONG,
            431, GatewayProblem.HEADERS_TOO_LARGE);

    @ConfigProperty(name = "unionhub.http.max-request-target", defaultValue = "4096")
    int maxRequestTarget;

    @ConfigProperty(name = "unionhub.http.max-header-bytes", defaultValue = "16384")
    int maxHeaderBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(this::checkLimits, PRIORITY);
    }

    /** A request the router itself fails (an unreadable path or Host) gets a problem; other failures go on. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            GatewayProblem problem = TRANSPORT_FAILURES.get(context.statusCode());
            if (problem == null) {
                context.next();
            } else {
                send(context, problem);
            }
        });
        TRANSPORT_FAILURES.forEach((status, problem) -> router.errorHandler(status, context -> send(context, problem)));
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!parses(request.uri()) || !hasReadableHost(request)) {
            send(context, GatewayProblem.BAD_REQUEST);
        } else if (request.uri().length() > maxRequestTarget) {
            send(context, GatewayProblem.URI_TOO_LONG);
        } else if (headerBytes(request) > maxHeaderBytes) {
            send(context, GatewayProblem.HEADERS_TOO_LARGE);
        } else if (declaredBodyLength(request) > maxBodySize.asLongValue()) {
            send(context, GatewayProblem.PAYLOAD_TOO_LARGE);
        } else {
            context.next();
        }
    }

    private static void send(RoutingContext context, GatewayProblem problem) {
        if (!context.response().ended()) {
            // the unread rest of the request would be taken for the next one: close after answering
            context.response().putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader("X-Content-Type-Options", "nosniff");
            Problems.send(context.request(), problem);
        }
    }

    private static boolean parses(String requestTarget) {
        try {
            new URI(requestTarget);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A Host (or HTTP/2 authority) that links can be built from: a host name (docker-compose's {@code _} included)
     * or an address, and a port. Required but for HTTP/1.0; any at all for {@code /q/*} (probes, docs).
     */
    private static boolean hasReadableHost(HttpServerRequest request) {
        if (request.path() != null && request.path().startsWith("/q/")) {
            return true;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null && request.authority() != null) {
            host = request.authority().toString();
        }
        return host == null ? request.version() == HttpVersion.HTTP_1_0 : HOST.matcher(host).matches();
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long declaredBodyLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
