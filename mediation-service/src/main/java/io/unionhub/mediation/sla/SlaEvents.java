package io.unionhub.mediation.sla;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.unionhub.kit.events.EventType;
import io.unionhub.mediation.workorder.Category;
import io.unionhub.mediation.workorder.Complexity;

/** The SLA facts of a work order, each published once (keyed by the order). */
public final class SlaEvents {

    public static final EventType<SlaFact> WARNED = EventType.of("work-order", "sla.warned.v1", SlaFact.class);
    public static final EventType<SlaFact> BREACHED = EventType.of("work-order", "sla.breached.v1", SlaFact.class);
    public static final EventType<Escalated> ESCALATED =
            EventType.of("work-order", "work-order.escalated.v1", Escalated.class);

    private SlaEvents() {
    }

    /** Which deadline of an order a fact is about. */
    public enum Deadline {
        FIRST_RESPONSE,
        RESOLUTION
    }

    public record SlaFact(UUID workOrderId, String number, Deadline deadline, OffsetDateTime due,
            Complexity complexity, UUID centreId) {
    }

    /** Put in the supervisors' queue at its first breach. */
    public record Escalated(UUID workOrderId, String number, Category category, Complexity complexity,
            UUID centreId) {
    }
}
