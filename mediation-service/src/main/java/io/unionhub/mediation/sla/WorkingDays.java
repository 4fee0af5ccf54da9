package io.unionhub.mediation.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.unionhub.mediation.config.MediationConfig;

/** Working days of the federation: Monday to Friday, less public holidays, plus the weekend days worked instead. */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> madeUp;

    public WorkingDays(List<LocalDate> holidays, List<LocalDate> makeUpWorkingDays) {
        this.holidays = new HashSet<>(holidays);
        this.madeUp = new HashSet<>(makeUpWorkingDays);
    }

    /** The federation's working days, with the holidays and make-up days of its configuration. */
    public static WorkingDays of(MediationConfig config) {
        return new WorkingDays(config.holidays().orElse(List.of()), config.makeUpWorkingDays().orElse(List.of()));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (madeUp.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The {@code n}th working day after {@code day} (not counting {@code day} itself). */
    public LocalDate after(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
