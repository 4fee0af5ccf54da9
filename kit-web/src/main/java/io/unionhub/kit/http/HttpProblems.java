package io.unionhub.kit.http;

import java.util.List;
import java.util.Locale;

import io.unionhub.kit.problem.Messages;
import io.unionhub.kit.problem.Problem;
import io.unionhub.kit.problem.Problem.FieldError;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.requestid.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * Problems answered below JAX-RS, on the Vert.x routes (the transport limits, the gateway's own answers), written as
 * the REST mappers write theirs: RFC 9457 with the request id, in English or Simplified Chinese.
 */
public final class HttpProblems {

    private static final int MAX_INSTANCE = 200;

    private HttpProblems() {
    }

    /** Answers the request with this problem and ends the response; nothing if it was already answered. */
    public static void send(HttpServerRequest request, ProblemType type) {
        answer(request, type.status(), body(request, type));
    }

    /** The problem document for this request, for a caller that sends the response itself (the gateway's proxy). */
    public static Buffer body(HttpServerRequest request, ProblemType type) {
        Locale locale = Messages.supported(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return Json.encodeToBuffer(Problem.of(type, locale, instanceOf(request), RequestIds.of(request)));
    }

    /** The problem document with a detail of its own (a message key and its arguments), e.g. naming a service. */
    public static Buffer body(HttpServerRequest request, ProblemType type, String detailKey, Object... args) {
        Locale locale = Messages.supported(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem standard = Problem.of(type, locale, instanceOf(request), RequestIds.of(request));
        return Json.encodeToBuffer(new Problem(standard.type(), standard.title(), standard.status(),
                Messages.get(locale, detailKey, args), standard.instance(), standard.requestId(), null));
    }

    /** Answers the request with the problem a route raised (its detail and field errors, localised). */
    public static void send(HttpServerRequest request, ProblemException problem) {
        answer(request, problem.type().status(), Json.encodeToBuffer(of(request, problem)));
    }

    /** The same with one member of the caller's own added (RFC 9457 §3.2), e.g. OAuth's {@code error}. */
    public static void send(HttpServerRequest request, ProblemException problem, String member, Object value) {
        answer(request, problem.type().status(), JsonObject.mapFrom(of(request, problem)).put(member, value).toBuffer());
    }

    private static void answer(HttpServerRequest request, int status, Buffer body) {
        if (request.response().ended()) {
            return;
        }
        request.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(body);
    }

    /** The problem document of a raised problem, localised for the request. */
    private static Problem of(HttpServerRequest request, ProblemException problem) {
        Locale locale = Messages.supported(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem standard = Problem.of(problem.type(), locale, instanceOf(request), RequestIds.of(request));
        List<FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(error -> new FieldError(error.field(), Messages.get(locale, error.messageKey(), error.args())))
                .toList();
        return new Problem(standard.type(), standard.title(), standard.status(),
                Messages.get(locale, problem.detailKey(), problem.detailArgs()), standard.instance(),
                standard.requestId(), errors);
    }

    /** The path, cut short: an over-long address is not echoed whole. */
    private static String instanceOf(HttpServerRequest request) {
        String path = request.path() == null ? "" : request.path();
        return path.length() > MAX_INSTANCE ? path.substring(0, MAX_INSTANCE) : path;
    }
}
