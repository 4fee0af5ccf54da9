package io.unionhub.kit.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What the HTTP layer refuses, answered as problem+json like every other error. The size limits of a request (414,
 * 431, 413) are checked here before anything reads it: Vert.x and Quarkus enforce their own with a bare status, so
 * the kit sets theirs well above these ({@code quarkus.http.limits.*}) and only a request past the transport's own
 * ceiling (64 KiB of request line or of headers) still gets a bare one. A request the router cannot read (a
 * malformed percent-escape in the path) or whose Host cannot be read (links are built from it) gets a 400 problem, and
 * so does one with two Authorization or two Host headers, or a header with control characters.
 */
@ApplicationScoped
public class TransportProblems {

    /** After the request id is set (so the answer carries it), before security and the body limit of Quarkus. */
    private static final int PRIORITY = 900;
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._~-]+)(:[0-9]{1,5})?");
    private static final String QUARKUS_URI_VALIDATION_OFF = "vertx.disableURIValidation";
    private static final Map<Integer, ProblemType> TRANSPORT_FAILURES = Map.of(400, ProblemType.BAD_REQUEST,
            413, ProblemType.PAYLOAD_TOO_LARGE, 414, ProblemType.URI_TOO_LONG, 431, ProblemType.HEADERS_TOO_LARGE);
    private static final Logger LOG = Logger.getLogger(TransportProblems.class);
    private static final long LINGER_MILLIS = 1_000;

    @Inject
    WebConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    /**
     * Quarkus answers a request target {@link URI} cannot parse with a bare 400 before any route runs, unless the JVM
     * runs with {@code -Dvertx.disableURIValidation=true} (read once, as the server starts): then the kit makes the
     * same check itself and answers with a problem. {@code ./unionhub} and the tests set it; say so when it is not.
     */
    void checkUriValidationHandover(@Observes StartupEvent start) {
        if (!Boolean.getBoolean(QUARKUS_URI_VALIDATION_OFF)) {
            LOG.infof("an unparseable request target gets Quarkus's bare 400; run with -D%s=true to answer it with "
                    + "a problem", QUARKUS_URI_VALIDATION_OFF);
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::checkLimits, PRIORITY);
    }

    /**
     * A request the router itself fails (an unreadable path or Host) goes to the first failure handler, or to the
     * status's error handler when none takes it: both answer with a problem. Other failures go on to Quarkus's.
     */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            ProblemType problem = TRANSPORT_FAILURES.get(context.statusCode());
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
        ProblemType problem = null;
        if (!parses(request.uri()) || !hasReadableHost(request) || hasTwo(request, HttpHeaders.AUTHORIZATION)
                || hasTwo(request, HttpHeaders.HOST) || hasMalformedHeader(request)) {
            problem = ProblemType.BAD_REQUEST;
        } else if (request.uri().length() > config.maxRequestTarget()) {
            problem = ProblemType.URI_TOO_LONG;
        } else if (headerBytes(request) > config.maxHeaderBytes()) {
            problem = ProblemType.HEADERS_TOO_LARGE;
        } else if (declaredBodyLength(request) > maxBodySize.asLongValue()) {
            problem = ProblemType.PAYLOAD_TOO_LARGE;
        }
        if (problem == null) {
            context.next();
        } else {
            send(context, problem);
        }
    }

    private static void send(RoutingContext context, ProblemType problem) {
        if (!context.response().ended()) {
            // the unread rest of the request would be taken for the next one: close the connection after answering
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            closeSoonAfterAnswer(context.request());
            HttpProblems.send(context.request(), problem);
        }
    }

    /**
     * A header whose name is no token or whose value holds a control character (RFC 9110 §5.1, §5.5): Netty refuses
     * these itself with a bare 400 unless the JVM runs with {@code -Dvertx.disableHttpHeadersValidation=true}
     * ({@code ./unionhub} and the tests set it), and then the kit refuses them here, with a problem.
     */
    private static boolean hasMalformedHeader(HttpServerRequest request) {
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey();
            if (name.isEmpty()) {
                return true;
            }
            for (int i = 0; i < name.length(); i++) {
                if (!isTokenChar(name.charAt(i))) {
                    return true;
                }
            }
            String value = header.getValue();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /**
     * Closes an HTTP/1 connection a second after its answer is out: Vert.x does not act on a {@code Connection: close}
     * an app sets, so a client could go on sending a refused upload for ever. Not at once: a client still sending
     * would be reset and could lose the answer (what remains of the upload meanwhile is read and dropped).
     */
    public static void closeSoonAfterAnswer(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_2) {
            request.response().endHandler(ended -> Vertx.currentContext().owner().setTimer(LINGER_MILLIS,
                    timer -> request.connection().close()));
        }
    }

    /** Two credentials or two hosts: which one counts is ambiguous, so neither does (RFC 9110, RFC 9112). */
    private static boolean hasTwo(HttpServerRequest request, CharSequence header) {
        return request.headers().getAll(header).size() > 1;
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

    /** The Content-Length the client declared, or 0 (an unreadable one is left to the server to refuse). */
    private static long declaredBodyLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
