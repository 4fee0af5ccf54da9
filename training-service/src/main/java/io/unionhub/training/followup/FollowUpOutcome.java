package io.unionhub.training.followup;

/** How far a cadre applies what the training taught. */
public enum FollowUpOutcome {
    APPLIED,
    PARTLY,
    NOT_YET
}
