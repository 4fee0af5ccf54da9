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
 * What SmallRye JWT leaves unchecked in a signed token: its {@code iat} has come (within the clock skew: a token
 * minted ahead is forged or mis-clocked), and its {@code sub} looks like a member id (1 to 64 letters, digits or
 * {@code . _ @ : + -}), not blank, not 300 characters, not holding a NUL. Either way the caller is unauthenticated.
 */
@ApplicationScoped
public class TokenClaimsCheck implements SecurityIdentityAugmentor {

    public static final Pattern MEMBER_ID = Pattern.compile("[\\p{L}\\p{N}._@:+-]{1,64}");

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getIssuedAtTime() > Instant.now().getEpochSecond() + clockSkewSeconds) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
            }
            if (token.getSubject() == null || !MEMBER_ID.matcher(token.getSubject()).matches()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token subject is no member id"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
