package io.unionhub.kit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.SmallRyeConfig;
import io.unionhub.kit.config.KitConfig;

/**
 * A keyed hash (HMAC-SHA-256) of an identifier kept encrypted, so a unique index can refuse a second row with the
 * same value without the value being readable: the encrypted column cannot be compared (a fresh iv per write), and
 * a plain hash of an 18-digit ID number is reversed by trying every number. The key is
 * {@code unionhub.crypto.fingerprint-key} (base64 of 32 bytes; {@code UNIONHUB_CRYPTO_FINGERPRINT_KEY} in
 * production). Unlike the encryption keys it is never rotated: a new key would make every stored fingerprint unequal
 * to its value's.
 */
public final class Fingerprint {

    private static volatile SecretKeySpec key;

    private Fingerprint() {
    }

    /** The value's fingerprint, 64 hex digits. */
    public static String of(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a fingerprint", e);
        }
    }

    private static SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            String configured = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                    .getConfigMapping(KitConfig.class).crypto().fingerprintKey().orElse("");
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                bytes = new byte[0];
            }
            if (bytes.length < 32) {
                throw new IllegalStateException("unionhub.crypto.fingerprint-key (UNIONHUB_CRYPTO_FINGERPRINT_KEY) must be"
                        + " base64 of at least 32 bytes");
            }
            current = new SecretKeySpec(bytes, "HmacSHA256");
            key = current;
        }
        return current;
    }
}
