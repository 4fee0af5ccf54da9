package io.unionhub.kit.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256-GCM keys of the encrypted fields: one current key that encrypts, older ones that still decrypt. A
 * stored value is {@code <key id>:base64(iv ‖ ciphertext ‖ tag)}, a fresh random iv per write, so a value names the
 * key that sealed it and a key can be rotated without making the rows it sealed unreadable. A value without a key id
 * (written before ids existed) was sealed by key {@value #FIRST_KEY_ID}.
 */
public final class Keyring {

    public static final String FIRST_KEY_ID = "1";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKey> keys;

    /**
     * @param currentId  the id of the key that encrypts
     * @param currentKey base64 of its 32 bytes
     * @param oldKeys    {@code id:base64,id:base64} of the keys that only decrypt (may be empty)
     */
    public Keyring(String currentId, String currentKey, String oldKeys) {
        this.currentId = requireKeyId(currentId);
        Map<String, SecretKey> all = new HashMap<>();
        if (oldKeys != null && !oldKeys.isBlank()) {
            for (String entry : oldKeys.split(",")) {
                String[] idAndKey = entry.strip().split(":", 2);
                if (idAndKey.length != 2) {
                    throw new IllegalStateException("unionhub.crypto.old-keys holds id:base64-key pairs, comma-separated");
                }
                all.put(requireKeyId(idAndKey[0]), aesKey(idAndKey[1], "unionhub.crypto.old-keys (" + idAndKey[0] + ")"));
            }
        }
        all.put(this.currentId, aesKey(currentKey, "unionhub.crypto.key"));
        this.keys = Map.copyOf(all);
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentId + ':' + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a field", e);
        }
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        String keyId = colon < 0 ? FIRST_KEY_ID : stored.substring(0, colon);
        if (!KEY_ID.matcher(keyId).matches()) {
            // never the value itself in the message: it is personal data
            throw new IllegalStateException("a field holds a value that is not encrypted by this platform");
        }
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("a field was encrypted with key id '" + keyId
                    + "', which is neither unionhub.crypto.key-id nor in unionhub.crypto.old-keys");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a field with key id '" + keyId + "' (wrong key?)", e);
        }
    }

    /** The id of the key that encrypts: every value it seals starts with {@code <id>:}. */
    public String currentKeyId() {
        return currentId;
    }

    private static String requireKeyId(String id) {
        if (id == null || !KEY_ID.matcher(id.strip()).matches()) {
            throw new IllegalStateException("a crypto key id is 1 to 16 letters, digits, '-' or '_'");
        }
        return id.strip();
    }

    private static SecretKey aesKey(String base64, String name) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("set UNIONHUB_CRYPTO_KEY (" + name + "): this service encrypts personal data");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException(name + " must be the base64 of 32 bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }
}
