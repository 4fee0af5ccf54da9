package io.unionhub.kit.problem;

import java.net.URI;

/** The kinds of problem the platform answers with; each has a type URI and a localised title. */
public enum ProblemType {
    VALIDATION("validation", 400),
    MALFORMED_BODY("malformed-body", 400),
    BAD_REQUEST("bad-request", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    URI_TOO_LONG("uri-too-long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    BUSINESS_RULE("business-rule", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    TOO_MANY_REQUESTS("too-many-requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    INTERNAL("internal", 500),
    BAD_GATEWAY("bad-gateway", 502),
    UNAVAILABLE("unavailable", 503),
    GATEWAY_TIMEOUT("gateway-timeout", 504);

    private static final String BASE = "https://unionhub.io/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    /** The message key of the title. */
    public String titleKey() {
        return "problem." + slug + ".title";
    }

    /** The message key of the standard detail. */
    public String detailKey() {
        return "problem." + slug + ".detail";
    }

    /** The type that answers a bare HTTP status (a WebApplicationException without a problem of ours). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_BODY && type != VALIDATION
                    && type != IDEMPOTENCY_KEY_REUSED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
