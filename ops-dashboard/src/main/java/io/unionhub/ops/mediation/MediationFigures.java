package io.unionhub.ops.mediation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.ops.config.OpsConfig;
import io.unionhub.ops.employment.EmploymentFigures;
import io.unionhub.ops.figures.ProgramReadout;
import io.unionhub.ops.projection.Tallies;

/**
 * Mediation's figures: the counts of its events, and from each work order's state the orders closed now, the open
 * ones, the closure rate (closed ÷ received, as mediation-service reports it) and the overdue ones (open, with an SLA
 * deadline breached).
 */
@ApplicationScoped
public class MediationFigures implements ProgramReadout {

    static final String RECEIVED = "mediation.work-orders-received";
    static final String CLOSINGS = "mediation.closings";
    static final String REOPENINGS = "mediation.reopenings";
    static final String SLA_WARNINGS = "mediation.sla-warnings";
    public static final String SLA_BREACHES = "mediation.sla-breaches";
    static final String ESCALATIONS = "mediation.escalations";
    static final String RATINGS = "mediation.ratings";
    static final String RATING_POINTS = "mediation.rating-points";
    static final String CASES_OPENED = "mediation.cases-opened";
    static final String AGREEMENTS = "mediation.agreements";
    static final String LAPSED = "mediation.cases-lapsed";
    static final String ARBITRATION = "mediation.referred-to-arbitration";
    static final String PERFORMED = "mediation.agreements-performed";
    static final String BREACHED = "mediation.agreements-breached";
    static final List<String> COUNTS = List.of(RECEIVED, CLOSINGS, REOPENINGS, SLA_WARNINGS, SLA_BREACHES, ESCALATIONS,
            RATINGS, RATING_POINTS, CASES_OPENED, AGREEMENTS, LAPSED, ARBITRATION, PERFORMED, BREACHED);
    /** An employer's disputes: rights problems reported about it and mediation cases against it (by credit code). */
    static final List<String> DISPUTES = List.of(EmploymentFigures.RIGHTS_REPORTS, CASES_OPENED);

    /** Closed now: closed, and not reopened since. */
    private static final String CLOSED_NOW = "closed_at is not null and (reopened_at is null or reopened_at < closed_at)";

    public record OverdueOrder(String number, String category, String centreId, OffsetDateTime receivedAt,
            OffsetDateTime due, OffsetDateTime breachedAt) {
    }

    public record ClosureRate(long received, long closed, Double rate) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Tallies tallies;

    @Inject
    OpsConfig config;

    @Override
    public String program() {
        return "mediation";
    }

    @Override
    public List<String> counts() {
        return COUNTS;
    }

    @Override
    public Map<String, Number> current(int generation) {
        Map<String, Number> figures = tallies.totals(generation, COUNTS);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where %1$s),
                    count(*) filter (where not (%1$s) and breached_at is not null)
                from work_order where generation = :generation and received_at is not null""".formatted(CLOSED_NOW))
                .setParameter("generation", generation).getSingleResult();
        long received = ((Number) row[0]).longValue();
        long closed = ((Number) row[1]).longValue();
        figures.put("mediation.closed", closed);
        figures.put("mediation.open", received - closed);
        figures.put("mediation.overdue", ((Number) row[2]).longValue());
        figures.put("mediation.closure-rate", ProgramReadout.share(closed, received));
        figures.put("mediation.satisfaction", ratingMean(figures));
        return figures;
    }

    /** The closure rate of the orders received between two days (both included, the federation's zone). */
    public ClosureRate closureRate(int generation, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where %s) from work_order
                where generation = :generation and received_at >= :from and received_at < :to""".formatted(CLOSED_NOW))
                .setParameter("generation", generation)
                .setParameter("from", from.atStartOfDay(config.zone()).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime())
                .getSingleResult();
        long received = ((Number) row[0]).longValue();
        long closed = ((Number) row[1]).longValue();
        return new ClosureRate(received, closed, ProgramReadout.share(closed, received));
    }

    /** Open orders with a breached SLA deadline, the longest overdue first. */
    public List<OverdueOrder> overdue(int generation, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select number, category, centre_id, received_at, breach_due, breached_at from work_order
                where generation = :generation and received_at is not null and breached_at is not null
                and not (%s) order by breach_due, number limit :limit""".formatted(CLOSED_NOW), Object[].class)
                .setParameter("generation", generation).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new OverdueOrder((String) r[0], (String) r[1], (String) r[2],
                Tallies.toOffset(r[3]), Tallies.toOffset(r[4]), Tallies.toOffset(r[5]))).toList();
    }

    /** Employers by their disputes (rights reports and mediation cases), the most first. */
    public List<Tallies.Ranked> employersWithMostDisputes(int generation, int limit) {
        return tallies.top(generation, DISPUTES, "employer", limit);
    }

    private static Double ratingMean(Map<String, Number> figures) {
        long ratings = figures.get(RATINGS).longValue();
        return ratings == 0 ? null : figures.get(RATING_POINTS).doubleValue() / ratings;
    }
}
