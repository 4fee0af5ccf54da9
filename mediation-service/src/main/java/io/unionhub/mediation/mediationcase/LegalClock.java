package io.unionhub.mediation.mediationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.mediation.config.MediationConfig;
import io.unionhub.mediation.sla.WorkingDays;

/**
 * The legal mediation clock: if no agreement is reached within 15 days of the centre receiving the application,
 * either party may apply for arbitration (Labour-Dispute Mediation and Arbitration Law, art. 14). The days are counted
 * as the Civil Code counts a period (art. 201, 203): from the day after receipt, and a last day that is a rest day or
 * a public holiday moves to the first working day after it.
 */
@ApplicationScoped
public class LegalClock {

    /** The law's period, in days. */
    public static final int DAYS = 15;

    @Inject
    MediationConfig config;

    @Inject
    Clock clock;

    public LocalDate lastDay(LocalDate receivedOn) {
        WorkingDays days = WorkingDays.of(config);
        LocalDate last = receivedOn.plusDays(DAYS);
        while (!days.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The case's last day with the holidays configured now: the one fixed at opening, or a later one if a holiday
     * added since then moves it (a last day never moves earlier).
     */
    public LocalDate lastDayNow(MediationCase mediationCase) {
        LocalDate now = lastDay(mediationCase.receivedOn);
        return now.isAfter(mediationCase.lastDay) ? now : mediationCase.lastDay;
    }

    /** The last day a case shows: moving while it is open, as it was once it ended. */
    public LocalDate shownLastDay(MediationCase mediationCase) {
        return mediationCase.status == CaseStatus.OPEN ? lastDayNow(mediationCase) : mediationCase.lastDay;
    }

    /** Whether the clock ran out: the last day is over. */
    public boolean ranOut(MediationCase mediationCase) {
        return today().isAfter(lastDayNow(mediationCase));
    }

    /**
     * Days left on an open case's clock, counted as the period counts them: from the day after receipt (15 on the day
     * of receipt, more when the last day moved past a holiday), today included after that (1 on the last day); none
     * once it is no longer open.
     */
    public Long daysLeft(MediationCase mediationCase) {
        if (mediationCase.status != CaseStatus.OPEN) {
            return null;
        }
        LocalDate firstCounted = mediationCase.receivedOn.plusDays(1);
        LocalDate from = today().isAfter(firstCounted) ? today() : firstCounted;
        return Math.max(0, ChronoUnit.DAYS.between(from, lastDayNow(mediationCase)) + 1);
    }
}
