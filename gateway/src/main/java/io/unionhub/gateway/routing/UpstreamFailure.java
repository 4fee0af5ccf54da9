package io.unionhub.gateway.routing;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.unionhub.kit.problem.ProblemType;
import io.vertx.circuitbreaker.OpenCircuitException;

/** Why an upstream call failed before its answer began, and the problem the caller gets for it. */
public enum UpstreamFailure {

    /** Nothing listens, or the connection was not accepted in time: the service is down. */
    UNREACHABLE(ProblemType.UNAVAILABLE, "problem.upstream.unavailable", "unreachable"),
    /** Connected, and then silent past the route's response timeout: a hung service. */
    SILENT(ProblemType.GATEWAY_TIMEOUT, "problem.upstream.timeout", "silent"),
    /** The connection was reset, or what came back was not HTTP. */
    BROKEN(ProblemType.BAD_GATEWAY, "problem.upstream.bad-gateway", "answered garbage or reset"),
    /** The upstream's circuit is open after repeated failures: refused at once, not tried. */
    PAUSED(ProblemType.UNAVAILABLE, "problem.upstream.circuit-open", "paused");

    final ProblemType type;
    final String detailKey;
    final String logged;

    UpstreamFailure(ProblemType type, String detailKey, String logged) {
        this.type = type;
        this.detailKey = detailKey;
        this.logged = logged;
    }

    /** The message key of the detail naming the service ({0}) and the response timeout in seconds ({1}). */
    public String detailKey() {
        return detailKey;
    }

    /** The upstream connection could not be had: refused, or not accepted within the connect timeout. */
    static final class NotConnected extends RuntimeException {
        NotConnected(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    public static UpstreamFailure of(Throwable failure) {
        if (failure instanceof OpenCircuitException) {
            return PAUSED;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotConnected || cause instanceof ConnectException) {
                return UNREACHABLE;
            }
            // Vert.x's idle timeout is a NoStackTraceTimeoutException, no TimeoutException: known by its name
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("TimeoutException")) {
                return SILENT;
            }
        }
        return BROKEN;
    }
}
