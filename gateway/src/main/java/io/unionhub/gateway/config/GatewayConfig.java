package io.unionhub.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway sends each program's calls, and how it connects. */
@ConfigMapping(prefix = "unionhub.gateway")
public interface GatewayConfig {

    /**
     * What production cannot run without, each value the setting that must be there (its database's): a
     * missing variable stops the start naming it, as in the services (service-kit's {@code KitConfig.required}).
     */
    Map<String, String> required();

    /**
     * The upstream instances of each program, keyed by the path segment after {@code /api/} (e.g. {@code training}):
     * plain {@code http://host:port}, without a path (paths pass through unchanged), comma-separated for several.
     */
    Map<String, List<URI>> routes();

    /**
     * Pages a program serves outside /api, by program: the path prefix (e.g. {@code /ops} for the dashboard's page),
     * routed to the program's instances like its API. Static files; the data they show come from /api with a token.
     */
    Map<String, String> pages();

    /**
     * The OpenAPI document of each routed program, by program: a file under docs/openapi (copied into the gateway at
     * build), merged into the gateway's {@code /q/openapi}.
     */
    Map<String, String> apiDocs();

    /** How often each upstream instance is asked whether it is ready. */
    Duration healthCheckEvery();

    /**
     * The address clients reach the gateway at ({@code scheme://host[:port]}): what the upstreams are told in
     * X-Forwarded-*, whatever Host header a client sent.
     */
    URI publicUrl();

    /** How long to wait for an upstream connection before answering 503. */
    Duration connectTimeout();

    /**
     * How long an upstream may take, from the connection to the answer's headers (the request's upload included),
     * before the call is answered 504 and the connection dropped: a hung service would otherwise hold a pooled
     * connection for ever. The answer's body is not timed (docs/gateway.md).
     */
    Duration responseTimeout();

    /** A route's own response timeout, by program (a slow report, an import), instead of {@link #responseTimeout}. */
    Map<String, Duration> responseTimeouts();

    /** Open connections kept per upstream; calls beyond this wait for a free one. */
    int maxConnectionsPerUpstream();

    /** The rate limits on /api. */
    Limits rateLimits();

    interface Limits {
        /** Off only to measure what the limits cost (the benchmark); on in every deployment. */
        @WithDefault("true")
        boolean enabled();

        /** A caller with a checked token: by member id. */
        Limit caller();

        /** A call without one (the public routes): by client address. */
        Limit anonymous();

        /** How many callers' buckets are kept at most (the least recently seen dropped first). */
        int tracked();
    }

    interface Limit {
        /** Calls a minute, refilled evenly; a burst may spend the whole minute's at once. */
        long perMinute();
    }

    /** The tokens the gateway remembers having verified. */
    TokenCache tokenCache();

    interface TokenCache {
        /** How many tokens at most (the least used forgotten first). */
        @WithDefault("10000")
        int size();

        /** How long at most a verified token is taken without checking its signature again (never past its expiry). */
        @WithDefault("PT5M")
        Duration keepFor();
    }

    /** The caller's overview ({@code GET /api/me/overview}). */
    Overview overview();

    interface Overview {
        /** How long each program's part may take before the overview is answered without it. */
        Duration timeout();
    }

    /** The partner agencies' clients. */
    Partners partners();

    interface Partners {
        /** How long a token got in exchange for a client's id and secret is good for. */
        Duration tokenLifetime();

        /** How long a client's standing (active or not) read from the register is taken as it was. */
        Duration standingCachedFor();
    }

    /** The circuit breaker each upstream has. */
    Breaker circuitBreaker();

    interface Breaker {
        /** Failures (unreachable, silent, garbage or reset) within ten seconds that open the circuit. */
        int failures();

        /** How long an open circuit refuses calls at once (503) before one is let through to try again. */
        Duration openFor();
    }
}
