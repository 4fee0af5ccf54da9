package io.unionhub.gateway.problem;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import io.unionhub.gateway.requestid.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Writes the gateway's own errors as the services write theirs: RFC 9457 {@code application/problem+json} with the
 * request id, in English or Simplified Chinese by {@code Accept-Language}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BUNDLE = "i18n/gateway-messages";
    private static final int MAX_INSTANCE = 200;

    private Problems() {
    }

    /** Answers the request with this problem and ends the response. */
    public static void send(HttpServerRequest request, GatewayProblem problem) {
        request.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body(request, problem));
    }

    /** The problem document for this request, for callers that send the response themselves (the proxy). */
    public static Buffer body(HttpServerRequest request, GatewayProblem problem) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new JsonObject()
                .put("type", problem.type())
                .put("title", messages.getString(problem.titleKey()))
                .put("status", problem.status())
                .put("detail", messages.getString(problem.detailKey()))
                .put("instance", instanceOf(request))
                .put("requestId", RequestIds.of(request))
                .toBuffer();
    }

    /** The path, cut short: an over-long address is not echoed whole. */
    private static String instanceOf(HttpServerRequest request) {
        String path = request.path() == null ? "" : request.path();
        return path.length() > MAX_INSTANCE ? path.substring(0, MAX_INSTANCE) : path;
    }

    /** Chinese if the caller prefers any {@code zh} over English, otherwise English. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null) {
            return Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange();
            if (range.getWeight() > 0 && (tag.equals("zh") || tag.startsWith("zh-"))) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
