package io.unionhub.employment.rights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.employer.EmployerService;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.Filters;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/** The rights link: a report is stored (its account encrypted) and published for mediation-service. */
@ApplicationScoped
public class RightsService {

    @Inject
    EventPublisher events;

    @Inject
    EmployerService employers;

    @Inject
    Clock clock;

    public record NewReport(UUID employerId, RightsCategory category, int affectedWorkers, BigDecimal amountOwed,
            String account, String workerMemberId, String reportedBy) {
    }

    @Transactional
    public RightsReport report(NewReport request) {
        Employer employer = employers.referenced("employerId", request.employerId());
        RightsReport report = new RightsReport();
        report.id = UUID.randomUUID();
        report.employerId = employer.id;
        report.category = request.category();
        report.affectedWorkers = request.affectedWorkers();
        report.amountOwed = request.amountOwed();
        report.account = request.account();
        report.reportedBy = request.reportedBy();
        report.reportedAt = OffsetDateTime.now(clock);
        report.persist();
        events.publishForNewAggregate(RightsEvents.REPORTED, report.id, new RightsEvents.RightsProblemReported(
                report.id, employer.id, employer.creditCode, employer.district, report.category,
                report.affectedWorkers, report.amountOwed, request.workerMemberId()));
        return report;
    }

    public RightsReport find(UUID id) {
        return ProblemException.requireFound(RightsReport.findById(id), "rights report", id);
    }

    /** Reports, newest first, of this employer and by this reporter when given. */
    public PageOf<RightsReport> list(UUID employerId, String reportedBy, PageParams page) {
        Sort newest = Sort.by("reportedAt", Sort.Direction.Descending).and("id");
        Filters filters = new Filters().and("employerId = :employer", "employer", employerId)
                .and("reportedBy = :reporter", "reporter", reportedBy);
        var query = RightsReport.<RightsReport> find(filters.query(), newest, filters.params());
        return PageOf.of(query, page, report -> report);
    }
}
