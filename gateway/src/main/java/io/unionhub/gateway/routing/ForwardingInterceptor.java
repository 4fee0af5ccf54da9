package io.unionhub.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;

import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.http.TransportProblems;
import io.unionhub.kit.problem.Problem;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.requestid.RequestIds;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the upstream who was called and by whom (X-Forwarded-*, so its Location headers name the gateway), passes on
 * the request id, and answers an upstream that fails with a problem naming the service instead of the proxy's empty
 * 502: 503 when it cannot be reached, 504 when it stays silent past the route's response timeout, 502 when it resets
 * the connection or answers something that is not HTTP — and 503 at once while the upstream's circuit is open.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private final String program;
    private final URI publicUrl;
    private final Duration responseTimeout;
    private final CircuitBreaker breaker;
    private final long maxBodyBytes;
    private final OpenStreams streams;

    ForwardingInterceptor(String program, URI publicUrl, Duration responseTimeout, CircuitBreaker breaker,
            long maxBodyBytes, OpenStreams streams) {
        this.maxBodyBytes = maxBodyBytes;
        this.streams = streams;
        this.program = program;
        this.publicUrl = publicUrl;
        this.responseTimeout = responseTimeout;
        this.breaker = breaker;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest upstreamRequest = context.request();
        HttpServerRequest caller = upstreamRequest.proxiedRequest();
        MultiMap headers = upstreamRequest.headers();
        headers.set(RequestIds.HEADER, RequestIds.of(caller));
        // the gateway is the entry point: where it is reached is its configuration, not the caller's Host header
        headers.set("X-Forwarded-Host", publicUrl.getHost());
        headers.set("X-Forwarded-Port", String.valueOf(publicUrl.getPort() >= 0 ? publicUrl.getPort()
                : "https".equals(publicUrl.getScheme()) ? 443 : 80));
        headers.set("X-Forwarded-Proto", publicUrl.getScheme());
        headers.remove("Forwarded");
        headers.remove("X-Forwarded-Server");
        headers.remove("X-Forwarded-Prefix");
        // appended, as proxies do: the last entry is the address the gateway saw, earlier ones only the caller's claim
        String forwardedFor = headers.get("X-Forwarded-For");
        String callerAddress = caller.remoteAddress().host();
        headers.set("X-Forwarded-For", forwardedFor == null ? callerAddress : forwardedFor + ", " + callerAddress);

        // an answer of any status is a success for the breaker: only a call that got none counts against it, and not
        // one the caller abandoned (hung up before the answer: the proxy resets the upstream request then)
        CappedBody capped = capBody(upstreamRequest);
        Future<Attempt> attempt = breaker.execute(promise -> send(context, caller).onComplete(sent -> {
            if (sent.succeeded()) {
                promise.complete(new Attempt(sent.result(), null));
            } else if (caller.response().closed() || capped != null && capped.exceeded()) {
                promise.complete(new Attempt(null, sent.cause()));
            } else {
                promise.fail(sent.cause());
            }
        }));
        return attempt.compose(done -> done.response() != null ? Future.succeededFuture(done.response())
                : Future.<ProxyResponse> failedFuture(done.abandoned())).recover(failure -> {
            if (capped != null && capped.exceeded()) {
                // the caller's body, not the service, was the trouble: the rest of its upload is dropped, and the
                // connection closed a moment after the answer (Vert.x does not act on a Connection header set here)
                TransportProblems.closeSoonAfterAnswer(caller);
                return Future.succeededFuture(upstreamRequest.release().response()
                        .setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .setBody(Body.body(HttpProblems.body(caller, ProblemType.PAYLOAD_TOO_LARGE))));
            }
            UpstreamFailure kind = UpstreamFailure.of(failure);
            if (kind != UpstreamFailure.PAUSED && !caller.response().closed()) {
                // the failure's kind, not its message: Vert.x's names the request target, query and all
                LOG.warnf("%s service %s for %s %s (%s)", program, kind.logged, caller.method(), caller.path(),
                        failure.getClass().getSimpleName());
            }
            ProxyResponse problem = upstreamRequest.release().response()
                    .setStatusCode(kind.type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setBody(Body.body(HttpProblems.body(caller, kind.type, kind.detailKey, program,
                            responseTimeout.toSeconds())));
            return Future.succeededFuture(problem);
        });
    }

    /** A body without a declared length (chunked) is streamed only up to the body limit; others pass as they are. */
    private CappedBody capBody(ProxyRequest upstreamRequest) {
        Body body = upstreamRequest.getBody();
        if (body == null || body.length() >= 0) {
            return null;
        }
        CappedBody capped = new CappedBody(body.stream(), maxBodyBytes);
        upstreamRequest.setBody(Body.body(capped, -1));
        return capped;
    }

    /**
     * Sends the request; a safe one without a body that meets a connection broken under it (typically a pooled
     * keep-alive connection the service closed as the request left) is sent once more, on another connection. Never
     * anything else: a POST may have been acted on, and a hung or unreachable service is not helped by a second try.
     */
    private static Future<ProxyResponse> send(ProxyContext context, HttpServerRequest caller) {
        Future<ProxyResponse> sent = context.sendRequest();
        if (!isSafeWithoutBody(caller)) {
            return sent;
        }
        return sent.recover(failure -> {
            if (UpstreamFailure.of(failure) != UpstreamFailure.BROKEN || caller.response().closed()) {
                return Future.failedFuture(failure);
            }
            // the (empty) body went with the first try; the proxy's chain is at its end, so this sends again
            context.request().setBody(null);
            return context.sendRequest();
        });
    }

    private static boolean isSafeWithoutBody(HttpServerRequest caller) {
        HttpMethod method = caller.method();
        String length = caller.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS)
                && (length == null || "0".equals(length)) && !caller.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** What the breaker saw of a call: the answer, or the failure of a call the caller abandoned (not counted). */
    private record Attempt(ProxyResponse response, Throwable abandoned) {
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // services echo the request id too; the caller gets it once, as RequestIdFilter already set it
        context.response().headers().remove(RequestIds.HEADER);
        String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("text/event-stream")) {
            streams.opened(context.request().proxiedRequest());
        }
        // the service decides whether its answer may be cached: its headers replace the gateway's defaults
        MultiMap preset = context.request().proxiedRequest().response().headers();
        for (String header : List.of(HttpHeaders.CACHE_CONTROL.toString(), "X-Content-Type-Options")) {
            if (context.response().headers().contains(header)) {
                preset.remove(header);
            }
        }
        return context.sendResponse();
    }
}
