package io.unionhub.kit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * "Now" for a service's rules, in the federation's zone: the system clock, except while a demo loader replays past
 * months at startup (before the service is ready), moving it to each step's moment and putting it back when done.
 * A service's {@code ServiceClock} extends it, naming the zone.
 */
public abstract class ReplayClock extends Clock {

    private volatile Duration replayOffset = Duration.ZERO;

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), replayOffset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(replayOffset);
    }

    /** Replays from the given moment: "now" is it, and runs on from there. */
    public void replayAt(Instant moment) {
        replayOffset = Duration.between(Instant.now(), moment);
    }

    /** Back to the system clock. */
    public void live() {
        replayOffset = Duration.ZERO;
    }
}
