package io.unionhub.kit.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * No start without a key that verifies tokens: SmallRye JWT would start without one and refuse every token later.
 * The failure names the variable an operator sets, not only the property behind it. {@code NONE} is SmallRye JWT's
 * own word for "not set", which the kit's prod default falls back to.
 */
@ApplicationScoped
public class TokenKeyCheck {

    private static final String NOT_SET = "NONE";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    /** SmallRye JWT's own name for the key's location. */
    @ConfigProperty(name = "smallrye.jwt.verify.key.location")
    Optional<String> smallryeKeyLocation;

    /** Before anything else starts (Kafka consumers joining their group, the outbox relay, the scheduler). */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (isSet(keyLocation) || isSet(inlineKey) || isSet(smallryeKeyLocation)) {
            return;
        }
        throw new ConfigurationException("no key verifies tokens: set JWT_PUBLIC_KEY_LOCATION to the identity "
                + "provider's public key (a PEM file or a JWKS URL), or mp.jwt.verify.publickey(.location)");
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(text -> !text.isBlank() && !NOT_SET.equals(text)).isPresent();
    }
}
