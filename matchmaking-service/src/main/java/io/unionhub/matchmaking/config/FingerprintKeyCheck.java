package io.unionhub.matchmaking.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import io.unionhub.kit.crypto.Fingerprint;

/** One profile per ID number needs the fingerprint key: no key, no start (rather than a 500 at the first profile). */
@ApplicationScoped
public class FingerprintKeyCheck {

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        Fingerprint.of("key check");
    }
}
