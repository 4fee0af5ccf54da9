package io.unionhub.mediation.mediationcase;

/** A mediator's declaration for a case: no conflict, or the tie that keeps them from it (回避). */
public enum ConflictKind {
    NONE,
    /** A party's or an agent's close relative. */
    RELATIVE,
    /** Works, or worked, with a party. */
    COLLEAGUE,
    /** Is, or was, a party's agent in the dispute. */
    PARTY_AGENT,
    /** Any other interest in the outcome. */
    OTHER_INTEREST
}
