package io.unionhub.mediation.sla;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.schedule.RoundLock;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.mediation.config.MediationConfig;
import io.unionhub.mediation.sla.SlaEvents.Deadline;
import io.unionhub.mediation.workorder.WorkOrder;
import io.unionhub.mediation.workorder.WorkOrderStatus;

/**
 * The SLA check: warns before an open order's deadline, marks a breach after it, and puts an order in the supervisors'
 * queue at its first breach, recording each fact on the order with its event in one transaction, so each is published
 * once. It runs under a transaction-scoped advisory lock: with several replicas, the one that gets the lock checks and
 * the others skip this round.
 */
@ApplicationScoped
public class SlaCheck {

    private static final Logger LOG = Logger.getLogger(SlaCheck.class);

    @Inject
    RoundLock roundLock;

    @Inject
    EventPublisher events;

    @Inject
    MediationConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${unionhub.mediation.sla-check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the demo year replays at startup on a moved clock
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int facts = check();
        if (facts > 0) {
            LOG.infof("SLA check recorded %d fact(s)", facts);
        }
    }

    /** One round; answers how many facts it recorded (0 too when another replica holds the round). */
    @Transactional
    public int check() {
        if (!roundLock.take("mediation-sla-check")) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int facts = 0;
        for (WorkOrder order : open("firstRespondedAt is null and responseWarnedAt is null and firstResponseDue <= ?1",
                now.plus(config.warnBeforeResponse()))) {
            order.responseWarnedAt = now;
            facts += publish(SlaEvents.WARNED, order, Deadline.FIRST_RESPONSE, order.firstResponseDue);
        }
        for (WorkOrder order : open("firstRespondedAt is null and responseBreachedAt is null and firstResponseDue <= ?1",
                now)) {
            order.responseBreachedAt = now;
            facts += publish(SlaEvents.BREACHED, order, Deadline.FIRST_RESPONSE, order.firstResponseDue)
                    + escalate(order, now);
        }
        for (WorkOrder order : open("resolutionWarnedAt is null and resolutionDue <= ?1",
                now.plus(config.warnBeforeResolution()))) {
            order.resolutionWarnedAt = now;
            facts += publish(SlaEvents.WARNED, order, Deadline.RESOLUTION, order.resolutionDue);
        }
        for (WorkOrder order : open("resolutionBreachedAt is null and resolutionDue <= ?1", now)) {
            order.resolutionBreachedAt = now;
            facts += publish(SlaEvents.BREACHED, order, Deadline.RESOLUTION, order.resolutionDue)
                    + escalate(order, now);
        }
        return facts;
    }

    private static List<WorkOrder> open(String condition, OffsetDateTime limit) {
        return WorkOrder.list("status <> ?2 and " + condition, limit, WorkOrderStatus.CLOSED);
    }

    private int publish(io.unionhub.kit.events.EventType<SlaEvents.SlaFact> type, WorkOrder order, Deadline deadline,
            OffsetDateTime due) {
        events.publish(type, order.id, new SlaEvents.SlaFact(order.id, order.number, deadline, due, order.complexity,
                order.centreId));
        return 1;
    }

    private int escalate(WorkOrder order, OffsetDateTime now) {
        if (order.escalatedAt != null) {
            return 0;
        }
        order.escalatedAt = now;
        events.publish(SlaEvents.ESCALATED, order.id, new SlaEvents.Escalated(order.id, order.number, order.category,
                order.complexity, order.centreId));
        return 1;
    }
}
