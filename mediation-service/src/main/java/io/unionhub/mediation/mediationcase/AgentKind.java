package io.unionhub.mediation.mediationcase;

/** Who acts for a party. */
public enum AgentKind {
    LAWYER,
    UNION_LEGAL_AID,
    RELATIVE,
    EMPLOYEE,
    OTHER
}
