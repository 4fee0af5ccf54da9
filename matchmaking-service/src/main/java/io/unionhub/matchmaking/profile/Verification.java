package io.unionhub.matchmaking.profile;

/** Where a profile stands against the marriage registry. */
public enum Verification {
    /** Not checked: no consent to the check yet. */
    UNVERIFIED,
    /** A check is queued for the civil-affairs office. */
    PENDING,
    /** Single on the date the office answered, for a while after it. */
    VERIFIED,
    /** The answer was "not single": never recommended. */
    NOT_ELIGIBLE,
    /** The answer is too old; a re-check is queued if the consent stands. */
    EXPIRED
}
