package io.unionhub.mediation.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Hands out readable numbers, &lt;series&gt;-&lt;year&gt;-&lt;six digits&gt; (12351-2026-000123, MED-2026-000045),
 * unique and gap-free per series and year: the counter row is updated in the caller's own transaction, so concurrent
 * intakes take it one at a time and one that rolls back gives its number back. (A sequence would be faster but leaves
 * gaps on every rollback, which an audit of the hotline's numbers would read as lost calls.)
 */
@ApplicationScoped
public class SerialNumbers {

    /** A numbered series and the prefix its numbers carry. */
    public enum Series {
        WORK_ORDER("12351"),
        MEDIATION_CASE("MED");

        private final String prefix;

        Series(String prefix) {
            this.prefix = prefix;
        }
    }

    @Inject
    EntityManager entityManager;

    /** The next number of the series in the year; call inside the numbered record's transaction. */
    public String next(Series series, int year) {
        entityManager.createNativeQuery("insert into order_number_counter (series, year, last) "
                + "values (:series, :year, 0) on conflict do nothing")
                .setParameter("series", series.prefix).setParameter("year", year).executeUpdate();
        long number = ((Number) entityManager.createNativeQuery("update order_number_counter set last = last + 1 "
                + "where series = :series and year = :year returning last")
                .setParameter("series", series.prefix).setParameter("year", year).getSingleResult()).longValue();
        return "%s-%d-%06d".formatted(series.prefix, year, number);
    }
}
