package io.unionhub.mediation.support;

import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.unionhub.kit.testing.MovableClock;
import io.unionhub.mediation.config.MediationConfig;

/** The service's clock, moved by tests to reach the end of a reopening window; the federation's zone. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends MovableClock {

    @Inject
    MediationConfig config;

    @Override
    public ZoneId getZone() {
        return config.zone();
    }
}
