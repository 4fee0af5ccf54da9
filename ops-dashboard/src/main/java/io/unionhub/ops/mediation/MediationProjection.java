package io.unionhub.ops.mediation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.unionhub.kit.events.CloudEvent;
import io.unionhub.ops.projection.Changes;
import io.unionhub.ops.projection.EventData;
import io.unionhub.ops.projection.ProgramProjection;
import io.unionhub.ops.projection.Projector;

/** mediation-service's events: the 12351 work orders and their SLA facts, the mediation cases and how they end. */
@ApplicationScoped
public class MediationProjection implements ProgramProjection {

    static final String PREFIX = "unionhub.mediation.";

    private static final String RECEIVED = """
            insert into work_order (generation, work_order_id, number, category, received_at) values (?, ?, ?, ?, ?)
            on conflict (generation, work_order_id) do update set number = excluded.number,
                category = excluded.category, received_at = excluded.received_at""";
    private static final String CLOSED = """
            insert into work_order (generation, work_order_id, closed_at) values (?, ?, ?)
            on conflict (generation, work_order_id) do update set
                closed_at = greatest(work_order.closed_at, excluded.closed_at)""";
    private static final String REOPENED = """
            insert into work_order (generation, work_order_id, reopened_at) values (?, ?, ?)
            on conflict (generation, work_order_id) do update set
                reopened_at = greatest(work_order.reopened_at, excluded.reopened_at)""";
    /** The centre of the latest assignment or transfer, whichever order they arrive in. */
    private static final String ROUTED = """
            insert into work_order (generation, work_order_id, centre_id, routed_at) values (?, ?, ?, ?)
            on conflict (generation, work_order_id) do update set
                centre_id = case when work_order.routed_at is null or excluded.routed_at >= work_order.routed_at
                    then excluded.centre_id else work_order.centre_id end,
                routed_at = greatest(work_order.routed_at, excluded.routed_at)""";
    /** The first breach is the one the overdue list shows. */
    private static final String BREACHED = """
            insert into work_order (generation, work_order_id, breached_at, breach_due) values (?, ?, ?, ?)
            on conflict (generation, work_order_id) do update set
                breached_at = least(work_order.breached_at, excluded.breached_at),
                breach_due = least(work_order.breach_due, excluded.breach_due)""";

    @Override
    public String program() {
        return "mediation";
    }

    @Override
    public boolean apply(CloudEvent event, EventData data, Changes changes) {
        LocalDate day = changes.day(event);
        OffsetDateTime at = event.time();
        switch (event.type().substring(PREFIX.length())) {
            case "work-order.received.v1" -> {
                String order = data.text("workOrderId", 64);
                String number = data.text("number", 40);
                String category = data.text("category", 40);
                changes.count(MediationFigures.RECEIVED, day, 1, Projector.dimension("category", category));
                changes.state(RECEIVED, order, number, category, at);
            }
            case "work-order.closed.v1" -> {
                String order = data.text("workOrderId", 64);
                changes.count(MediationFigures.CLOSINGS, day, 1);
                changes.state(CLOSED, order, at);
            }
            case "work-order.reopened.v1" -> {
                String order = data.text("workOrderId", 64);
                changes.count(MediationFigures.REOPENINGS, day, 1);
                changes.state(REOPENED, order, at);
            }
            case "work-order.assigned.v1", "work-order.transferred.v1" -> {
                String order = data.text("workOrderId", 64);
                String centre = data.optionalText("centreId", 64);
                changes.state(ROUTED, order, centre, at);
            }
            case "sla.warned.v1" -> changes.count(MediationFigures.SLA_WARNINGS, day, 1);
            case "sla.breached.v1" -> {
                String order = data.text("workOrderId", 64);
                OffsetDateTime due = data.instant("due");
                String deadline = data.text("deadline", 20);
                changes.count(MediationFigures.SLA_BREACHES, day, 1, Projector.dimension("deadline", deadline));
                changes.state(BREACHED, order, at, due);
            }
            case "work-order.escalated.v1" -> changes.count(MediationFigures.ESCALATIONS, day, 1);
            case "work-order.satisfaction-rated.v1" -> {
                long rating = data.integer("rating");
                changes.count(MediationFigures.RATINGS, day, 1);
                changes.count(MediationFigures.RATING_POINTS, day, rating);
            }
            case "mediation-case.opened.v1" -> {
                String centre = data.text("centreId", 64);
                String employer = data.optionalText("employerCreditCode", 18);
                changes.count(MediationFigures.CASES_OPENED, day, 1, Projector.dimension("centre", centre),
                        Projector.dimension("employer", employer));
            }
            case "mediation-case.agreement-signed.v1" -> changes.count(MediationFigures.AGREEMENTS, day, 1);
            case "mediation-case.lapsed.v1" -> changes.count(MediationFigures.LAPSED, day, 1);
            case "mediation-case.referred-to-arbitration.v1" -> changes.count(MediationFigures.ARBITRATION, day, 1);
            case "mediation-case.agreement-performed.v1" -> changes.count(MediationFigures.PERFORMED, day, 1);
            case "mediation-case.agreement-breached.v1" -> changes.count(MediationFigures.BREACHED, day, 1);
            case "work-order.replied.v1", "work-order.followed-up.v2", "mediation-case.session-held.v1" -> {
                // known, nothing on the dashboard
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
