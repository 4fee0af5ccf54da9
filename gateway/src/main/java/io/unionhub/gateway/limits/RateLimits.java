package io.unionhub.gateway.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.unionhub.gateway.config.GatewayConfig;
import io.unionhub.gateway.security.ProblemChallengeJwtMechanism;
import io.unionhub.kit.http.HttpProblems;
import io.unionhub.kit.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Rate limits on {@code /api}, a token bucket (Bucket4j) per caller: per member id once the token was checked, per
 * client address for calls without one (the public board). Every answer says where the caller stands
 * ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}, after the IETF draft); over the limit is a 429
 * problem with {@code Retry-After}. The buckets live in this instance (a bounded cache, dropped when idle): behind
 * several gateway instances each keeps its own, so a caller's limit is per instance (docs/gateway.md says how to
 * share them).
 */
public final class RateLimits implements Handler<RoutingContext> {

    private final GatewayConfig.Limit callers;
    private final GatewayConfig.Limit addresses;
    /** Members and addresses apart: a flood of new addresses cannot push the members' buckets out. */
    private final Cache<String, Bucket> memberBuckets;
    private final Cache<String, Bucket> addressBuckets;

    public RateLimits(GatewayConfig.Limits config) {
        this.callers = config.caller();
        this.addresses = config.anonymous();
        this.memberBuckets = Caffeine.newBuilder().maximumSize(config.tracked())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
        this.addressBuckets = Caffeine.newBuilder().maximumSize(config.tracked())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    @Override
    public void handle(RoutingContext context) {
        String caller = context.get(ProblemChallengeJwtMechanism.CALLER);
        GatewayConfig.Limit limit = caller == null ? addresses : callers;
        Cache<String, Bucket> buckets = caller == null ? addressBuckets : memberBuckets;
        String key = caller == null ? network(context.request().remoteAddress().host()) : caller;
        Bucket bucket = buckets.get(key, ignored -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.perMinute()).refillGreedy(limit.perMinute(),
                        Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        HttpServerResponse response = context.response();
        response.putHeader("RateLimit-Limit", Long.toString(limit.perMinute()));
        response.putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.putHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            context.next();
        } else {
            response.putHeader("Retry-After", Long.toString(seconds(probe.getNanosToWaitForRefill())));
            HttpProblems.send(context.request(), ProblemType.TOO_MANY_REQUESTS);
        }
    }

    /**
     * The address a bucket is kept for: an IPv4 address as it is, an IPv6 one by its /64 (one subscriber's network:
     * a client can take any address in it).
     */
    static String network(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    /** Whole seconds, rounded up: a client told 0 would retry at once. */
    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
