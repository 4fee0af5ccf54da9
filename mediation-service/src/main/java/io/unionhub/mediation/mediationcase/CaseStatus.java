package io.unionhub.mediation.mediationcase;

import java.util.Map;
import java.util.Set;

/**
 * open → agreed (signed by both parties and the mediator) → performed or breached; open → no agreement (referred to
 * arbitration) or lapsed (the 15-day clock ran out without an agreement).
 */
public enum CaseStatus {
    OPEN,
    AGREED,
    NO_AGREEMENT,
    LAPSED,
    PERFORMED,
    BREACHED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            OPEN, Set.of(AGREED, NO_AGREEMENT, LAPSED),
            AGREED, Set.of(PERFORMED, BREACHED),
            NO_AGREEMENT, Set.of(),
            LAPSED, Set.of(),
            PERFORMED, Set.of(),
            BREACHED, Set.of());

    public boolean canBecome(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }
}
