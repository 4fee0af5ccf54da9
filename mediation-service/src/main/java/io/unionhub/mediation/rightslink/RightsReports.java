package io.unionhub.mediation.rightslink;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.unionhub.kit.consumer.IdempotentConsumer;
import io.unionhub.kit.consumer.MalformedEventException;
import io.unionhub.kit.events.CloudEvent;
import io.unionhub.mediation.workorder.Category;
import io.unionhub.mediation.workorder.Channel;
import io.unionhub.mediation.workorder.Complexity;
import io.unionhub.mediation.workorder.WorkOrder;
import io.unionhub.mediation.workorder.WorkOrderService;
import io.unionhub.mediation.workorder.WorkOrderService.Intake;

/**
 * Turns employment-service's rights reports into work orders, exactly once: the kit's idempotent consumer skips a
 * redelivered event, and the order remembers the report it came from (a unique column), so even the same report
 * published twice makes one order. Another version of the report event is dead-lettered; other employment events are
 * skipped.
 */
@ApplicationScoped
public class RightsReports {

    static final String CONSUMER = "mediation-rights-reports";
    static final String REPORTED = "unionhub.employment.rights.problem-reported.v1";
    private static final String ANY_REPORTED = "unionhub.employment.rights.problem-reported.";
    /** A dispute of this many workers is a collective one: complex by the 12351 classes. */
    static final int COLLECTIVE = 10;
    private static final Logger LOG = Logger.getLogger(RightsReports.class);

    /** The fields of employment-service's event this consumer needs; others are ignored, so it may grow. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProblemReported(UUID reportId, UUID employerId, String employerCreditCode, String employerDistrict,
            String category, Integer affectedWorkers, BigDecimal amountOwed, String workerMemberId) {
    }

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    WorkOrderService orders;

    @Inject
    ObjectMapper objectMapper;

    @Incoming("employment-events")
    @Blocking
    public void on(String value) {
        idempotent.consume(CONSUMER, value, this::apply);
    }

    private void apply(CloudEvent event) {
        if (event.type().startsWith(ANY_REPORTED) && !REPORTED.equals(event.type())) {
            throw new MalformedEventException("an unknown version of the rights report: " + event.type(), null);
        }
        if (!REPORTED.equals(event.type())) {
            return;
        }
        ProblemReported report = data(event);
        if (WorkOrder.count("sourceReportId", report.reportId()) > 0) {
            LOG.debugf("Rights report %s already has its work order", report.reportId());
            return;
        }
        WorkOrder order = orders.receive(new Intake(Channel.EMPLOYMENT_REPORT, Category.LABOUR_DISPUTE,
                report.affectedWorkers() >= COLLECTIVE ? Complexity.COMPLEX : Complexity.ORDINARY,
                report.workerMemberId(), null, matter(report), report.reportId()), CONSUMER);
        LOG.infof("Rights report %s became work order %s", report.reportId(), order.number);
    }

    /** What the order says: the report's facts, and where its account is (mediators read it there). */
    private static String matter(ProblemReported report) {
        return ("Rights report %s from employment-service: %s, employer %s (%s), %d worker(s) affected%s. The reporter's "
                + "account: GET /api/employment/rights-reports/%s").formatted(report.reportId(), report.category(),
                        report.employerCreditCode(), report.employerDistrict(), report.affectedWorkers(),
                        report.amountOwed() == null ? "" : ", " + report.amountOwed().toPlainString() + " owed",
                        report.reportId());
    }

    private static boolean tooLong(String text, int max) {
        return text == null || text.length() > max;
    }

    private ProblemReported data(CloudEvent event) {
        try {
            ProblemReported report = objectMapper.treeToValue(event.data(), ProblemReported.class);
            if (report == null || report.reportId() == null || report.affectedWorkers() == null
                    || report.affectedWorkers() < 1 || tooLong(report.category(), 30)
                    || tooLong(report.employerCreditCode(), 18) || tooLong(report.employerDistrict(), 100)) {
                throw new MalformedEventException("a rights report without its facts, or with impossible ones", null);
            }
            return report;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("not a rights report: " + e.getClass().getSimpleName(), e);
        }
    }
}
