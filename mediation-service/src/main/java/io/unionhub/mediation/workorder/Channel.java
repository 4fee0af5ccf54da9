package io.unionhub.mediation.workorder;

/** How a work order came in: the hotline's one intake for every channel. */
public enum Channel {
    PHONE_12351,
    APP,
    WEB,
    WALK_IN,
    /** Referred by a court (a partner agency). */
    COURT_REFERRAL,
    /** A rights report from employment-service. */
    EMPLOYMENT_REPORT
}
