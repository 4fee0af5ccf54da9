package io.unionhub.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * No start without the key that signs partner tokens: the gateway would otherwise start and fail every token
 * exchange. The failure names the variable an operator sets.
 */
@ApplicationScoped
public class SigningKeyCheck {

    @ConfigProperty(name = "smallrye.jwt.sign.key.location", defaultValue = "NONE")
    String keyLocation;

    void check(@Observes StartupEvent start) {
        if (keyLocation.isBlank() || "NONE".equals(keyLocation)) {
            throw new ConfigurationException("no key signs partner tokens: set UNIONHUB_GATEWAY_SIGNING_KEY_LOCATION "
                    + "to the gateway's private key (a PEM file whose public half the services trust)");
        }
    }
}
