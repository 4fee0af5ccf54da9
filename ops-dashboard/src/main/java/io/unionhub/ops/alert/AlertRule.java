package io.unionhub.ops.alert;

/** The thresholds the dashboard watches (unionhub.ops.alerts.*). */
public enum AlertRule {
    /** Two-year training coverage behind the campaign's even pace (value and threshold: shares of 1). */
    COVERAGE_BEHIND,
    /** The 12351 closure rate of a settled window below its floor (shares of 1). */
    CLOSURE_RATE_LOW,
    /** SLA breaches of the last window well above the window before (counts). */
    SLA_BREACHES_RISING,
    /** A service's oldest event not yet relayed to Kafka older than allowed (seconds). */
    OUTBOX_BACKLOG
}
