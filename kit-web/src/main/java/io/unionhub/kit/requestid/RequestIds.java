package io.unionhub.kit.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.core.http.HttpServerRequest;

/** The id of the request being served: taken from {@code X-Request-Id} or made up, logged as {@code requestId}. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What we accept from a caller; anything else (too long, odd characters: log injection) is replaced. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** The caller's id if it looks like one, otherwise a new one. */
    public static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && ACCEPTED.matcher(fromCaller).matches() ? fromCaller : UUID.randomUUID().toString();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /**
     * The id this request answers with, which {@link RequestIdFilter} puts on the response before anything else; for
     * a request the router refused before that filter ran, taken or made here and put on the response.
     */
    public static String of(HttpServerRequest request) {
        String id = request.response().headers().get(HEADER);
        if (id == null) {
            id = acceptOrCreate(request.getHeader(HEADER));
            request.response().putHeader(HEADER, id);
        }
        return id;
    }
}
