package io.unionhub.employment.application;

/** Where an application came from. */
public enum ApplicationSource {
    /** The worker applied in the app. */
    SELF,
    /** Union staff applied for the seeker (e.g. after matching). */
    STAFF,
    /** An on-site intent at a recruitment campaign. */
    CAMPAIGN,
    /** A graduate of an employer's training order, placed with the employer. */
    TRAINING_ORDER
}
