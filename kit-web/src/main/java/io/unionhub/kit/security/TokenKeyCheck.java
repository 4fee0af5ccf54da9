package io.unionhub.kit.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

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

    void check(@Observes StartupEvent start) {
        if (keyLocation.filter(location -> !NOT_SET.equals(location)).isEmpty()
                && inlineKey.filter(key -> !NOT_SET.equals(key)).isEmpty()) {
            throw new ConfigurationException("no key verifies tokens: set JWT_PUBLIC_KEY_LOCATION to the identity "
                    + "provider's public key (a PEM file or a JWKS URL), or mp.jwt.verify.publickey(.location)");
        }
    }
}
