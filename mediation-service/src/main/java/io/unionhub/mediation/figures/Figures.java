package io.unionhub.mediation.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.mediation.config.MediationConfig;
import io.unionhub.mediation.mediationcase.ClaimKind;
import io.unionhub.mediation.workorder.Category;

/**
 * The hotline's figures over a period (by the day of receipt, in the federation's zone), for a centre and a category
 * if given: received, closed, the closure rate, the share closed on time, the median hours to the first reply and to
 * the close, the mean satisfaction; and how the mediation cases received in it ended, with the pay they recovered.
 * One statement for each.
 */
@ApplicationScoped
public class Figures {

    @Inject
    EntityManager entityManager;

    @Inject
    MediationConfig config;

    public record Period(LocalDate from, LocalDate to, UUID centreId, Category category) {
    }

    /** Rates are shares of 1 (0.96 is 96 %); null when there is nothing to divide. */
    public record HotlineFigures(LocalDate from, LocalDate to, long received, long closed, Double closureRate,
            Double onTimeRate, Double medianHoursToFirstReply, Double medianHoursToClose, Double satisfaction,
            long rated, CaseFigures cases) {
    }

    /**
     * The mediation cases whose applications were received in the period: how many, how they ended, the share of
     * concluded ones that reached a binding agreement, and the pay (wages, overtime) agreed and actually paid.
     */
    public record CaseFigures(long opened, long open, long agreements, long noAgreement, long lapsed, long performed,
            long breached, Double agreementRate, BigDecimal payAgreed, BigDecimal payRecovered) {
    }

    private static final List<String> PAY = Arrays.stream(ClaimKind.values()).filter(ClaimKind::isPay)
            .map(Enum::name).toList();

    public HotlineFigures of(Period period) {
        ZoneId zone = config.zone();
        StringBuilder where = new StringBuilder(" where w.received_at >= :from and w.received_at < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", period.from().atStartOfDay(zone).toOffsetDateTime());
        params.put("to", period.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        if (period.centreId() != null) {
            where.append(" and w.centre_id = :centre");
            params.put("centre", period.centreId());
        }
        if (period.category() != null) {
            where.append(" and w.category = :category");
            params.put("category", period.category().name());
        }
        // date_part, not extract: extract answers numeric since PostgreSQL 14, and sorting 100,000 numerics for the
        // medians took a third longer than doubles (docs/benchmarks.md)
        var query = entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where w.status = 'CLOSED'),
                       count(*) filter (where w.status = 'CLOSED' and w.closed_at <= w.resolution_due),
                       percentile_cont(0.5) within group (
                           order by date_part('epoch', w.first_responded_at - w.received_at) / 3600),
                       percentile_cont(0.5) within group (order by case when w.status = 'CLOSED'
                           then date_part('epoch', w.closed_at - w.received_at) / 3600 end),
                       avg(w.rating),
                       count(w.rating)
                from work_order w""" + where);
        params.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        long received = ((Number) row[0]).longValue();
        long closed = ((Number) row[1]).longValue();
        long onTime = ((Number) row[2]).longValue();
        // every case is a labour dispute: another category has none
        CaseFigures cases = period.category() == null || period.category() == Category.LABOUR_DISPUTE
                ? cases(period) : null;
        return new HotlineFigures(period.from(), period.to(), received, closed,
                received == 0 ? null : (double) closed / received, closed == 0 ? null : (double) onTime / closed,
                number(row[3]), number(row[4]), number(row[5]), ((Number) row[6]).longValue(), cases);
    }

    private CaseFigures cases(Period period) {
        var query = entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where c.status = 'OPEN'),
                       count(*) filter (where c.status in ('AGREED', 'PERFORMED', 'BREACHED')),
                       count(*) filter (where c.status = 'NO_AGREEMENT'),
                       count(*) filter (where c.status = 'LAPSED'),
                       count(*) filter (where c.status = 'PERFORMED'),
                       count(*) filter (where c.status = 'BREACHED'),
                       coalesce(sum(p.pay) filter (where c.status in ('AGREED', 'PERFORMED', 'BREACHED')), 0),
                       coalesce(sum(p.pay) filter (where c.status = 'PERFORMED'), 0)
                from mediation_case c
                left join lateral (select sum(i.amount) as pay from agreement_item i
                                   where i.case_id = c.id and i.kind in (:pay)) p on true
                where c.received_on between :from and :to
                  and (cast(:centre as uuid) is null or c.centre_id = cast(:centre as uuid))""")
                .setParameter("pay", PAY).setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("centre", period.centreId() == null ? null : period.centreId().toString());
        Object[] row = (Object[]) query.getSingleResult();
        long[] counts = new long[7];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        long concluded = counts[2] + counts[3] + counts[4];
        return new CaseFigures(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                concluded == 0 ? null : (double) counts[2] / concluded, (BigDecimal) row[7], (BigDecimal) row[8]);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
