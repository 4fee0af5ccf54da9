package io.unionhub.training.support;

import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.unionhub.kit.testing.MovableClock;
import io.unionhub.training.config.TrainingConfig;

/** The service's clock, moved by tests to reach a cohort's days or a follow-up's due date; the federation's zone. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends MovableClock {

    @Inject
    TrainingConfig config;

    @Override
    public ZoneId getZone() {
        return config.zone();
    }
}
