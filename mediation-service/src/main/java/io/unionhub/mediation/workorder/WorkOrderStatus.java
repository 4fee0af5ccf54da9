package io.unionhub.mediation.workorder;

import java.util.Map;
import java.util.Set;

/**
 * received → assigned (to a centre or handler; assigned again is a transfer) → in progress → replied → followed up →
 * closed; a closed order may be reopened within a window (back to in progress).
 */
public enum WorkOrderStatus {
    RECEIVED,
    ASSIGNED,
    IN_PROGRESS,
    REPLIED,
    FOLLOWED_UP,
    CLOSED;

    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> NEXT = Map.of(
            RECEIVED, Set.of(ASSIGNED),
            ASSIGNED, Set.of(ASSIGNED, IN_PROGRESS),
            IN_PROGRESS, Set.of(ASSIGNED, REPLIED),
            REPLIED, Set.of(FOLLOWED_UP),
            FOLLOWED_UP, Set.of(CLOSED),
            CLOSED, Set.of(IN_PROGRESS));

    public boolean canBecome(WorkOrderStatus next) {
        return NEXT.get(this).contains(next);
    }
}
