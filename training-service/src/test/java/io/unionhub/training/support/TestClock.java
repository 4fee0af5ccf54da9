package io.unionhub.training.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.unionhub.training.config.TrainingConfig;

/**
 * The service's clock, moved by tests to reach a cohort's days or a follow-up's due date. It keeps the federation's
 * zone, as the real one does, so "today" in a test is the service's today (Asia/Shanghai), not the host's.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    @Inject
    TrainingConfig config;

    private volatile Instant now = Instant.now();

    public void advanceDays(long days) {
        now = now.plus(days, ChronoUnit.DAYS);
    }

    /** Stops the clock at this instant (until {@link #reset()}). */
    public void setTo(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = Instant.now();
    }

    /** The service's today, in the federation's zone. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return config.zone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
