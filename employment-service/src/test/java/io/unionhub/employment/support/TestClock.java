package io.unionhub.employment.support;

import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.unionhub.employment.config.EmploymentConfig;
import io.unionhub.kit.testing.MovableClock;

/** The service's clock, moved by tests to reach a posting's expiry or a campaign's days; the federation's zone. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends MovableClock {

    @Inject
    EmploymentConfig config;

    @Override
    public ZoneId getZone() {
        return config.zone();
    }
}
