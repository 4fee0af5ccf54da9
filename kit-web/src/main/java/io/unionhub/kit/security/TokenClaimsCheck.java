package io.unionhub.kit.security;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * What SmallRye JWT leaves unchecked in a signed token: it is written exactly as a compact JWS (three base64url
 * parts, nothing else in them), its {@code iat} has come (within the clock skew: a token
 * minted ahead is forged or mis-clocked), and its {@code sub} looks like a member id (1 to 64 letters, digits or
 * {@code . _ @ : + -}), not blank, not 300 characters, not holding a NUL. Either way the caller is unauthenticated.
 */
@ApplicationScoped
public class TokenClaimsCheck implements SecurityIdentityAugmentor {

    /** A member id as tokens carry it, and as request bodies naming a member must write it. */
    public static final String MEMBER_ID_PATTERN = "[\\p{L}\\p{N}._@:+-]{1,64}";
    /** The message of a body field or parameter that is not a member id. */
    public static final String MEMBER_ID_MESSAGE = "must be a member id";
    public static final Pattern MEMBER_ID = Pattern.compile(MEMBER_ID_PATTERN);

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (!isCompactJws(token.getRawToken())) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token is no exact compact JWS"));
            }
            if (token.getIssuedAtTime() > Instant.now().getEpochSecond() + clockSkewSeconds) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
            }
            if (token.getSubject() == null || !MEMBER_ID.matcher(token.getSubject()).matches()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token subject is no member id"));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * A compact JWS, exactly: three non-empty base64url parts joined by dots. jose4j's base64 decoder skips other
     * characters, so "…sig!" would pass as "…sig". A loop, not a regular expression: it runs on every call, and the
     * expression was the gateway's hottest frame once verified tokens were remembered.
     */
    static boolean isCompactJws(String token) {
        if (token == null) {
            return false;
        }
        int dots = 0;
        int partLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (partLength == 0 || ++dots > 2) {
                    return false;
                }
                partLength = 0;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                partLength++;
            } else {
                return false;
            }
        }
        return dots == 2 && partLength > 0;
    }
}
