package io.unionhub.mediation.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Warns at start when the holiday calendar does not cover the current year (or, from November, the next): deadlines
 * and the 15-day clock would then count a public holiday as a working day.
 */
@ApplicationScoped
public class HolidayCalendarCheck {

    private static final Logger LOG = Logger.getLogger(HolidayCalendarCheck.class);

    @Inject
    MediationConfig config;

    @Inject
    Clock clock;

    void check(@Observes StartupEvent start) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> holidays = config.holidays().orElse(List.of());
        for (int year : today.getMonth().compareTo(Month.NOVEMBER) >= 0
                ? List.of(today.getYear(), today.getYear() + 1) : List.of(today.getYear())) {
            if (holidays.stream().noneMatch(day -> day.getYear() == year)) {
                LOG.warnf("No public holiday of %d is configured (unionhub.mediation.holidays): SLA deadlines and "
                        + "the 15-day mediation clock count that year's holidays as working days", year);
            }
        }
    }
}
