package io.unionhub.gateway.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Client secrets: 256 random bits, shown once, kept only as a SHA-256 hash. A slow password hash (bcrypt, Argon2)
 * guards guessable passwords; against 256 random bits it adds nothing but a slower token exchange.
 */
final class PartnerSecrets {

    /** Marks the secret in logs and secret scanners for what it is. */
    private static final String PREFIX = "uhs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PartnerSecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compared in constant time: how long a refusal takes tells nothing about the secret. */
    static boolean matches(String secret, byte[] hash) {
        return MessageDigest.isEqual(hash(secret), hash);
    }
}
