package io.unionhub.mediation.workorder;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of the work-order aggregate: numbers, classes and ids; never the matter, a name or a phone. */
public final class WorkOrderEvents {

    public static final EventType<Received> RECEIVED =
            EventType.of("work-order", "work-order.received.v1", Received.class);
    public static final EventType<Assigned> ASSIGNED =
            EventType.of("work-order", "work-order.assigned.v1", Assigned.class);
    public static final EventType<Assigned> TRANSFERRED =
            EventType.of("work-order", "work-order.transferred.v1", Assigned.class);
    public static final EventType<Moved> REPLIED =
            EventType.of("work-order", "work-order.replied.v1", Moved.class);
    public static final EventType<Moved> FOLLOWED_UP =
            // v2: the rating moved to satisfaction-rated.v1 (v1 carried it)
            EventType.of("work-order", "work-order.followed-up.v2", Moved.class);
    public static final EventType<SatisfactionRated> SATISFACTION_RATED =
            EventType.of("work-order", "work-order.satisfaction-rated.v1", SatisfactionRated.class);
    public static final EventType<Moved> CLOSED =
            EventType.of("work-order", "work-order.closed.v1", Moved.class);
    public static final EventType<Moved> REOPENED =
            EventType.of("work-order", "work-order.reopened.v1", Moved.class);

    private WorkOrderEvents() {
    }

    public record Received(UUID workOrderId, String number, Channel channel, Category category,
            Complexity complexity, UUID sourceReportId) {
    }

    /** Assigned to a centre and/or a handler (the handler's member id: staff of the union, not a caller). */
    public record Assigned(UUID workOrderId, String number, UUID centreId, String handler) {
    }

    public record Moved(UUID workOrderId, String number, Category category, Complexity complexity) {
    }

    /**
     * The caller's satisfaction, 1 to 5, given on the follow-up call (the comment stays in the service); with the
     * category and centre it is counted under.
     */
    public record SatisfactionRated(UUID workOrderId, String number, int rating, Category category, UUID centreId) {
    }
}
