package io.unionhub.employment.posting;

/** A posting is on the board while OPEN (and its employer verified); the others are final. */
public enum PostingStatus {
    OPEN,
    /** Every opening hired. */
    FILLED,
    /** Past its last valid day. */
    EXPIRED,
    /** Withdrawn by the employer or staff. */
    CLOSED
}
