package io.unionhub.mediation.workorder;

import java.util.Map;
import java.util.Set;

/**
 * received → assigned (to a centre or handler; assigned again is a transfer) → in progress → replied → followed up →
 * closed. Reopening a closed order (back to in progress, within a window) is not a move of this table: only
 * {@code reopen} may do it, with its own checks and event.
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
            CLOSED, Set.of());

    public boolean canBecome(WorkOrderStatus next) {
        return NEXT.get(this).contains(next);
    }
}
