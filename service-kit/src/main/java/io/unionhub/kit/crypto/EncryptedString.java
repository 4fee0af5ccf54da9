package io.unionhub.kit.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encrypts a sensitive text column at rest with AES-256-GCM: {@code @Convert(converter = EncryptedString.class)}.
 * The keys come from config ({@link Keyring}): {@code unionhub.crypto.key} (base64 of 32 bytes; a dev/test key by
 * default, {@code UNIONHUB_CRYPTO_KEY} in production) with its id {@code unionhub.crypto.key-id}, and the older keys
 * a rotation keeps for reading, {@code unionhub.crypto.old-keys}.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private volatile Keyring keyring;

    /** The keyring the configuration describes. */
    public static Keyring configuredKeyring() {
        Config config = ConfigProvider.getConfig();
        return new Keyring(
                config.getOptionalValue("unionhub.crypto.key-id", String.class).orElse(Keyring.FIRST_KEY_ID),
                config.getOptionalValue("unionhub.crypto.key", String.class).orElse(null),
                config.getOptionalValue("unionhub.crypto.old-keys", String.class).orElse(""));
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : keyring().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : keyring().decrypt(stored);
    }

    /** The keyring configured for this application, read on first use. */
    private Keyring keyring() {
        Keyring current = keyring;
        if (current == null) {
            current = configuredKeyring();
            keyring = current;
        }
        return current;
    }
}
