package io.unionhub.gateway.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.unionhub.gateway.config.GatewayConfig;

/**
 * SmallRye JWT's parser, remembering the tokens it verified: a member's app sends the same token with every call, and
 * checking its RS256 signature again each time was two fifths of the gateway's CPU (profiled under wrk). A token is
 * found again only as the exact same string (any other byte is another key, verified in full), and only until it
 * expires (at most a few minutes); a token that failed is never remembered. What varies per call still runs per
 * call: the claims check and a partner client's revocation are augmentors, after the parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    private final DefaultJWTParser delegate;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokenCache(JWTAuthContextInfo contextInfo, GatewayConfig config) {
        this.delegate = new DefaultJWTParser(contextInfo);
        Duration longest = config.tokenCache().keepFor();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().size())
                .expireAfter(Expiry.<String, JsonWebToken>creating((raw, token) -> untilExpiry(token, longest)))
                .build();
    }

    private static Duration untilExpiry(JsonWebToken token, Duration longest) {
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(token.getExpirationTime()));
        return left.isNegative() ? Duration.ZERO : left.compareTo(longest) < 0 ? left : longest;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        // the cache times entries by the monotonic clock: a wall clock stepped forward is checked here
        if (known != null && known.getExpirationTime() > Instant.now().getEpochSecond()) {
            return known;
        }
        JsonWebToken parsed = delegate.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
