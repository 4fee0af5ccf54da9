package io.unionhub.employment.posting;

/** The unit of a wage range, as schema.org's QuantitativeValue unitText takes it. */
public enum WageUnit {
    HOUR,
    DAY,
    WEEK,
    MONTH,
    /** Paid by the piece or the task, usual in gig work. */
    PIECE
}
