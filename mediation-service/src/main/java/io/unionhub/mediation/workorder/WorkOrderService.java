package io.unionhub.mediation.workorder;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.Filters;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.mediation.centre.Centre;
import io.unionhub.mediation.config.MediationConfig;
import io.unionhub.mediation.numbering.SerialNumbers;
import io.unionhub.mediation.numbering.SerialNumbers.Series;
import io.unionhub.mediation.sla.Deadlines;

/**
 * Work orders: one intake for every channel, a gap-free number per year, allowed transitions only, each written to the
 * append-only audit trail with its event in the same transaction. An order's row is locked while it moves, so two
 * people moving it at once go one after the other and the second sees the first's result.
 */
@ApplicationScoped
public class WorkOrderService {

    @Inject
    EventPublisher events;

    @Inject
    SerialNumbers numbers;

    @Inject
    MediationConfig config;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    public record Intake(Channel channel, Category category, Complexity complexity, String callerMemberId,
            String callerPhone, String matter, UUID sourceReportId) {
    }

    @Transactional
    public WorkOrder receive(Intake intake, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        WorkOrder order = new WorkOrder();
        order.id = UUID.randomUUID();
        order.number = numbers.next(Series.WORK_ORDER, now.getYear());
        order.channel = intake.channel();
        order.category = intake.category();
        order.complexity = intake.complexity();
        order.callerMemberId = intake.callerMemberId();
        order.callerPhone = intake.callerPhone();
        order.matter = intake.matter();
        order.sourceReportId = intake.sourceReportId();
        order.status = WorkOrderStatus.RECEIVED;
        order.receivedAt = now;
        Deadlines.Due due = deadlines.of(now, order.complexity);
        order.firstResponseDue = due.firstResponse();
        order.resolutionDue = due.resolution();
        order.persist();
        audit(order, null, actor, "received by " + intake.channel());
        events.publishForNewAggregate(WorkOrderEvents.RECEIVED, order.id, new WorkOrderEvents.Received(order.id,
                order.number, order.channel, order.category, order.complexity, order.sourceReportId));
        return order;
    }

    /** Assigns the order to a centre and/or a handler; assigning an assigned order again is a transfer. */
    @Transactional
    public WorkOrder assign(UUID id, UUID centreId, String handler, String reason, String actor) {
        if (centreId == null && handler == null) {
            throw ProblemException.missingField("centreId");
        }
        if (centreId != null) {
            ProblemException.requireReferenced(Centre.findById(centreId), "centreId", "centre", centreId);
        }
        WorkOrder order = locked(id);
        WorkOrderStatus from = order.status;
        if (!from.canBecome(WorkOrderStatus.ASSIGNED)) {
            throw ProblemException.conflict("work-order.transition-not-allowed", from, WorkOrderStatus.ASSIGNED);
        }
        boolean transfer = from != WorkOrderStatus.RECEIVED;
        UUID toCentre = centreId != null ? centreId : order.centreId;
        // another centre without a handler named: the old centre's handler does not come along
        String toHandler = handler != null ? handler
                : java.util.Objects.equals(toCentre, order.centreId) ? order.handler : null;
        if (transfer && java.util.Objects.equals(toCentre, order.centreId)
                && java.util.Objects.equals(toHandler, order.handler)) {
            throw ProblemException.conflict("work-order.transfer-unchanged");
        }
        move(order, WorkOrderStatus.ASSIGNED);
        order.centreId = toCentre;
        order.handler = toHandler;
        audit(order, from, actor, reason);
        events.publish(transfer ? WorkOrderEvents.TRANSFERRED : WorkOrderEvents.ASSIGNED, order.id,
                new WorkOrderEvents.Assigned(order.id, order.number, order.centreId, order.handler));
        return order;
    }

    /** The handler starts working on it (no event: the assignment and the reply are the facts outside cares for). */
    @Transactional
    public WorkOrder start(UUID id, String actor) {
        WorkOrder order = locked(id);
        WorkOrderStatus from = order.status;
        move(order, WorkOrderStatus.IN_PROGRESS);
        audit(order, from, actor, null);
        return order;
    }

    @Transactional
    public WorkOrder reply(UUID id, String reason, String actor) {
        WorkOrder order = locked(id);
        WorkOrderStatus from = order.status;
        move(order, WorkOrderStatus.REPLIED);
        if (order.firstRespondedAt == null) {
            order.firstRespondedAt = OffsetDateTime.now(clock);
        }
        audit(order, from, actor, reason);
        events.publish(WorkOrderEvents.REPLIED, order.id, moved(order));
        return order;
    }

    /** The follow-up call after the reply, with the caller's 1–5 rating and a comment: needed before the close. */
    @Transactional
    public WorkOrder followUp(UUID id, int rating, String comment, String actor) {
        WorkOrder order = locked(id);
        WorkOrderStatus from = order.status;
        move(order, WorkOrderStatus.FOLLOWED_UP);
        order.rating = rating;
        order.followUpNote = comment;
        audit(order, from, actor, "rated " + rating);
        // two facts: the call was made (the order's course), and what the caller thought of it (satisfaction)
        events.publish(WorkOrderEvents.FOLLOWED_UP, order.id, moved(order));
        events.publish(WorkOrderEvents.SATISFACTION_RATED, order.id, new WorkOrderEvents.SatisfactionRated(order.id,
                order.number, rating, order.category, order.centreId));
        return order;
    }

    @Transactional
    public WorkOrder close(UUID id, String actor) {
        WorkOrder order = locked(id);
        WorkOrderStatus from = order.status;
        move(order, WorkOrderStatus.CLOSED);
        order.closedAt = OffsetDateTime.now(clock);
        audit(order, from, actor, null);
        events.publish(WorkOrderEvents.CLOSED, order.id, moved(order));
        return order;
    }

    /** Reopens a closed order within {@code unionhub.mediation.reopen-window-days} of its close: back in progress. */
    @Transactional
    public WorkOrder reopen(UUID id, String reason, String actor) {
        WorkOrder order = locked(id);
        if (order.status != WorkOrderStatus.CLOSED) {
            throw ProblemException.conflict("work-order.transition-not-allowed", order.status,
                    WorkOrderStatus.IN_PROGRESS);
        }
        if (order.closedAt.plusDays(config.reopenWindowDays()).isBefore(OffsetDateTime.now(clock))) {
            throw ProblemException.conflict("work-order.reopen-window-passed", config.reopenWindowDays());
        }
        WorkOrderStatus from = order.status;
        order.status = WorkOrderStatus.IN_PROGRESS;
        order.closedAt = null;
        order.rating = null;
        order.followUpNote = null;
        audit(order, from, actor, reason);
        events.publish(WorkOrderEvents.REOPENED, order.id, moved(order));
        return order;
    }

    private static void move(WorkOrder order, WorkOrderStatus to) {
        if (!order.status.canBecome(to)) {
            throw ProblemException.conflict("work-order.transition-not-allowed", order.status, to);
        }
        order.status = to;
    }

    private void audit(WorkOrder order, WorkOrderStatus from, String actor, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.workOrderId = order.id;
        entry.at = OffsetDateTime.now(clock);
        entry.actor = actor;
        entry.fromStatus = from;
        entry.toStatus = order.status;
        entry.centreId = order.centreId;
        entry.handler = order.handler;
        entry.reason = reason;
        entry.persist();
    }

    private static WorkOrderEvents.Moved moved(WorkOrder order) {
        return new WorkOrderEvents.Moved(order.id, order.number, order.category, order.complexity);
    }

    public WorkOrder find(UUID id) {
        return ProblemException.requireFound(WorkOrder.findById(id), "work order", id);
    }

    private WorkOrder locked(UUID id) {
        return ProblemException.requireFound(WorkOrder.findById(id, LockModeType.PESSIMISTIC_WRITE), "work order",
                id);
    }

    public List<AuditEntry> trail(UUID id) {
        find(id);
        return AuditEntry.list("workOrderId", Sort.by("at").and("id"), id);
    }

    public record OrderFilter(WorkOrderStatus status, Category category, UUID centreId, String callerMemberId) {
    }

    /** Which SLA list: due within a time, past a deadline, or in the supervisors' queue. */
    public enum SlaView {
        DUE_SOON,
        OVERDUE,
        ESCALATED
    }

    /** Open orders by their SLA, the nearest (or longest overdue) deadline first. */
    public PageOf<WorkOrder> bySla(SlaView view, java.time.Duration within, PageParams page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String open = "status <> :closed and ";
        java.util.Map<String, Object> params = new java.util.HashMap<>(Map.of("closed", WorkOrderStatus.CLOSED));
        String where = switch (view) {
            case DUE_SOON -> {
                params.put("now", now);
                params.put("limit", now.plus(within));
                yield open + "((firstRespondedAt is null and firstResponseDue > :now and firstResponseDue <= :limit)"
                        + " or (resolutionDue > :now and resolutionDue <= :limit))";
            }
            case OVERDUE -> {
                params.put("now", now);
                yield open + "((firstRespondedAt is null and firstResponseDue <= :now) or resolutionDue <= :now)";
            }
            case ESCALATED -> open + "escalatedAt is not null";
        };
        Sort order = view == SlaView.ESCALATED ? Sort.by("escalatedAt").and("id") : Sort.by("resolutionDue").and("id");
        return PageOf.of(WorkOrder.<WorkOrder> find(where, order, params), page, o -> o);
    }

    /** Orders, newest first, narrowed by every filter given. */
    public PageOf<WorkOrder> list(OrderFilter filter, PageParams page) {
        Filters filters = new Filters().and("status = :status", "status", filter.status())
                .and("category = :category", "category", filter.category())
                .and("centreId = :centre", "centre", filter.centreId())
                .and("callerMemberId = :caller", "caller", filter.callerMemberId());
        Sort newest = Sort.by("receivedAt", Sort.Direction.Descending).and("id");
        var query = WorkOrder.<WorkOrder> find(filters.query(), newest, filters.params());
        return PageOf.of(query, page, order -> order);
    }
}
