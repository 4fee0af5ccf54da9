package io.unionhub.kit.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A service's clock as its tests move it (to reach a day that has not come, a deadline, an expiry). It ticks like
 * the real one, moved by whole days, unless a test stops it at an instant. A service's test
 * makes it its clock with a subclass that is a CDI alternative and names the service's zone, so "today" in a test is
 * the service's today, not the host's:
 *
 * <pre>
 * &#64;Alternative &#64;Priority(1) &#64;ApplicationScoped
 * public class TestClock extends MovableClock { &#64;Inject TrainingConfig config; public ZoneId getZone() { return config.zone(); } }
 * </pre>
 */
public abstract class MovableClock extends Clock {

    /** How far the clock is moved from real time; it keeps ticking, so later writes are later. */
    private volatile Duration offset = Duration.ZERO;
    /** Set when a test stops the clock at an instant. */
    private volatile Instant stoppedAt;

    public void advanceDays(long days) {
        if (stoppedAt != null) {
            stoppedAt = stoppedAt.plus(days, ChronoUnit.DAYS);
        } else {
            offset = offset.plusDays(days);
        }
    }

    /** Stops the clock at this instant (until {@link #reset()}). */
    public void setTo(Instant instant) {
        stoppedAt = instant;
    }

    /** Back to real time. */
    public void reset() {
        stoppedAt = null;
        offset = Duration.ZERO;
    }

    /** The service's today, in its zone. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public abstract ZoneId getZone();

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moved = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moved.withZone(other);
            }

            @Override
            public Instant instant() {
                return moved.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }
}
