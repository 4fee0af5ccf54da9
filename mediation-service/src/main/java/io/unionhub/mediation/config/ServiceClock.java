package io.unionhub.mediation.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * "Now" for every rule (an order's year and deadlines, the reopening window, the 15-day clock), in the federation's
 * zone: the system clock. Only the demo loader moves it, to replay a year of the hotline at startup before the
 * service is ready; it puts it back when done.
 */
@ApplicationScoped
public class ServiceClock extends Clock {

    @Inject
    MediationConfig config;

    private volatile Duration replayOffset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return config.zone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), replayOffset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(replayOffset);
    }

    /** Replays from the given moment: "now" is it, and runs on from there. */
    void replayAt(Instant moment) {
        replayOffset = Duration.between(Instant.now(), moment);
    }

    /** Back to the system clock. */
    void live() {
        replayOffset = Duration.ZERO;
    }
}
