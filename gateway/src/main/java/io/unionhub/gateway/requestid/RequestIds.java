package io.unionhub.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/** The id of a call, as the services know it too: taken from {@code X-Request-Id} or made up, logged as {@code requestId}. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What we accept from a caller; anything else (too long, odd characters: log injection) is replaced. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** The caller's id if it looks like one, otherwise a new one. */
    static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && ACCEPTED.matcher(fromCaller).matches() ? fromCaller : UUID.randomUUID().toString();
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
