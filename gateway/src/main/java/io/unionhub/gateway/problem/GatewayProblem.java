package io.unionhub.gateway.problem;

/** The problems the gateway answers itself; everything else is the upstream service's answer, passed through. */
public enum GatewayProblem {
    BAD_REQUEST("bad-request", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    NOT_FOUND("not-found", 404),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    URI_TOO_LONG("uri-too-long", 414),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    UNAVAILABLE("unavailable", 503);

    private static final String BASE = "https://unionhub.io/problems/";

    private final String slug;
    private final int status;

    GatewayProblem(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String type() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    String titleKey() {
        return "problem." + slug + ".title";
    }

    String detailKey() {
        return "problem." + slug + ".detail";
    }
}
