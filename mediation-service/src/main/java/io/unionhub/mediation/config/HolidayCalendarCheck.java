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
 * Warns at start when the holiday calendar is not complete for the current year (or, from November, the next):
 * deadlines and the 15-day clock would then count a public holiday as a working day. A year is complete when it is
 * listed in {@code unionhub.mediation.holiday-years-complete}: a single holiday of it (New Year's Day, known before
 * the notice) does not make it so.
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
        List<Integer> complete = config.holidayYearsComplete().orElse(List.of());
        for (int year : today.getMonth().compareTo(Month.NOVEMBER) >= 0
                ? List.of(today.getYear(), today.getYear() + 1) : List.of(today.getYear())) {
            if (!complete.contains(year)) {
                LOG.warnf("The public holidays of %d are not all configured (unionhub.mediation.holidays, then list "
                        + "the year in unionhub.mediation.holiday-years-complete): SLA deadlines and the 15-day "
                        + "mediation clock count the missing ones as working days", year);
            }
        }
    }
}
