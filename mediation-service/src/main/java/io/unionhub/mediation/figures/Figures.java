package io.unionhub.mediation.figures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.mediation.config.MediationConfig;
import io.unionhub.mediation.workorder.Category;

/**
 * The hotline's figures over a period (by the day of receipt, in the federation's zone), for a centre and a category
 * if given: received, closed, the closure rate, the share closed on time, the median hours to the first reply and to
 * the close, the mean satisfaction. One statement.
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
            long rated) {
    }

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
        var query = entityManager.createNativeQuery("""
                select count(*),
                       count(*) filter (where w.status = 'CLOSED'),
                       count(*) filter (where w.status = 'CLOSED' and w.closed_at <= w.resolution_due),
                       percentile_cont(0.5) within group (
                           order by extract(epoch from w.first_responded_at - w.received_at) / 3600),
                       percentile_cont(0.5) within group (order by case when w.status = 'CLOSED'
                           then extract(epoch from w.closed_at - w.received_at) / 3600 end),
                       avg(w.rating),
                       count(w.rating)
                from work_order w""" + where);
        params.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        long received = ((Number) row[0]).longValue();
        long closed = ((Number) row[1]).longValue();
        long onTime = ((Number) row[2]).longValue();
        return new HotlineFigures(period.from(), period.to(), received, closed,
                received == 0 ? null : (double) closed / received, closed == 0 ? null : (double) onTime / closed,
                number(row[3]), number(row[4]), number(row[5]), ((Number) row[6]).longValue());
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
