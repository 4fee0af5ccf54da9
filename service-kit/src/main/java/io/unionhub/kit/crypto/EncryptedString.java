package io.unionhub.kit.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encrypts a sensitive text column at rest with AES-256-GCM: {@code @Convert(converter = EncryptedString.class)}.
 * The stored value is base64(iv ‖ ciphertext ‖ tag); a fresh random iv per write. The key is
 * {@code unionhub.crypto.key} (base64 of 32 bytes): a dev/test key by default, {@code UNIONHUB_CRYPTO_KEY} in
 * production.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private volatile SecretKey key;

    @Override
    public String convertToDatabaseColumn(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a field", e);
        }
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // never the value itself in the message: it is personal data
            throw new IllegalStateException("cannot decrypt a field (wrong unionhub.crypto.key?)", e);
        }
    }

    private SecretKey key() {
        if (key == null) {
            String configured = ConfigProvider.getConfig().getOptionalValue("unionhub.crypto.key", String.class)
                    .orElseThrow(() -> new IllegalStateException("set UNIONHUB_CRYPTO_KEY (unionhub.crypto.key): "
                            + "this service encrypts personal data"));
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("unionhub.crypto.key is not base64", e);
            }
            if (raw.length != 32) {
                throw new IllegalStateException("unionhub.crypto.key must be the base64 of 32 bytes");
            }
            key = new SecretKeySpec(raw, "AES");
        }
        return key;
    }
}
