package io.unionhub.mediation.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "unionhub.mediation")
public interface MediationConfig {

    /** Load a year of demo history (mediators, work orders in every state, cases) into an empty database. */
    @WithDefault("false")
    boolean demoData();

    /** The federation's time zone: which year an order is numbered in, and when a day starts. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** How long after its close a work order may be reopened, in days. */
    @WithDefault("30")
    int reopenWindowDays();

    /** Time limits per complexity class, by its lower-case name ({@code ordinary}, {@code difficult}, {@code complex}). */
    Map<String, Limits> sla();

    /** A warning this long before a first-response deadline. */
    @WithDefault("PT4H")
    Duration warnBeforeResponse();

    /** A warning this long before a resolution deadline. */
    @WithDefault("P1D")
    Duration warnBeforeResolution();

    /** How often the SLA check runs. */
    @WithDefault("1m")
    String slaCheckEvery();

    /** How often open mediation cases are checked against the 15-day clock. */
    @WithDefault("1m")
    String caseClockCheckEvery();

    /** Public holidays (no working day though a weekday), e.g. 2026-10-01. */
    Optional<List<LocalDate>> holidays();

    /**
     * The years whose holidays and make-up days are all configured (the State Council's notice is out and copied
     * in); the service warns at start when the current year, or from November the next, is not one of them.
     */
    Optional<List<Integer>> holidayYearsComplete();

    /** Weekend days worked to make up for a holiday bridge (调休). */
    Optional<List<LocalDate>> makeUpWorkingDays();

    interface Limits {

        /** Hours, on the calendar, from receipt to the first reply: a caller waits for it every day of the week. */
        int firstResponseHours();

        /** Working days, after the day of receipt, to resolve it: offices, courts and employers keep working days. */
        int resolutionWorkingDays();
    }
}
