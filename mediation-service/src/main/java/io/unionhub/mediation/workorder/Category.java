package io.unionhub.mediation.workorder;

/** What a work order is about. */
public enum Category {
    LEGAL_SERVICE,
    HARDSHIP_AID,
    SUGGESTION,
    LABOUR_DISPUTE,
    COMPLAINT,
    OTHER
}
