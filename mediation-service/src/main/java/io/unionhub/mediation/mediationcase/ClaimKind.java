package io.unionhub.mediation.mediationcase;

/** What a worker claims, and what an agreement settles. */
public enum ClaimKind {
    UNPAID_WAGES,
    OVERTIME_PAY,
    ECONOMIC_COMPENSATION,
    WORK_INJURY,
    SOCIAL_INSURANCE,
    LABOUR_CONTRACT,
    DISMISSAL,
    OTHER;

    /**
     * Whether an agreement on it that the employer does not carry out lets the worker ask a court for a payment order
     * (支付令): unpaid pay, work-injury medical costs, economic compensation or damages (Labour-Dispute Mediation and
     * Arbitration Law, art. 16).
     */
    public boolean allowsPaymentOrder() {
        return this == UNPAID_WAGES || this == OVERTIME_PAY || this == ECONOMIC_COMPENSATION || this == WORK_INJURY;
    }

    /** Counted in the "wages" figures. */
    public boolean isPay() {
        return this == UNPAID_WAGES || this == OVERTIME_PAY;
    }
}
