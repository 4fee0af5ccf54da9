package io.unionhub.kit.crypto;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.unionhub.kit.config.KitConfig;

/**
 * A service with encrypted columns ({@code unionhub.crypto.required=true}) fails at start without a usable key,
 * rather than starting "ready" and answering 500 to every read of a cadre.
 */
@ApplicationScoped
public class CryptoKeyCheck {

    @Inject
    KitConfig config;

    /** Before anything else starts (Kafka consumers joining their group, the outbox relay, the scheduler). */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (config.crypto().required()) {
            EncryptedString cipher = new EncryptedString();
            cipher.convertToEntityAttribute(cipher.convertToDatabaseColumn("key check"));
        }
    }
}
