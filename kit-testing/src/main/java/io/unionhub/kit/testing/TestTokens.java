package io.unionhub.kit.testing;

import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Mints tokens as {@code ./unionhub token} does: RS256, signed with the dev key, roles in {@code groups}. */
public final class TestTokens {

    public static final String ISSUER = "https://unionhub.io";
    public static final String AUDIENCE = "unionhub";
    private static final String DEV_PRIVATE_KEY = "dev-keys/unionhub-dev-private.pem";

    private TestTokens() {
    }

    /** A bearer header value for a caller with these roles. */
    public static String bearer(String subject, String... roles) {
        return "Bearer " + token(subject, roles);
    }

    public static String token(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(3600)
                .sign(devKey());
    }

    /** The dev key that signs test tokens, for tests that build unusual ones. */
    public static PrivateKey devKey() {
        try {
            return KeyUtils.readPrivateKey(DEV_PRIVATE_KEY);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dev signing key " + DEV_PRIVATE_KEY, e);
        }
    }
}
