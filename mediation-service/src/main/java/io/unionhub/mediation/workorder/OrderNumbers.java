package io.unionhub.mediation.workorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Hands out order numbers, 12351-&lt;year&gt;-&lt;six digits&gt;, unique and gap-free per year: the year's counter row
 * is updated in the order's own transaction, so concurrent intakes take it one at a time and one that rolls back
 * gives its number back. (A sequence would be faster but leaves gaps on every rollback, which an audit of the
 * hotline's numbers would read as lost calls.)
 */
@ApplicationScoped
public class OrderNumbers {

    @Inject
    EntityManager entityManager;

    /** The next number of the year; call inside the order's transaction. */
    public String next(int year) {
        entityManager.createNativeQuery("insert into order_number_counter (year, last) values (:year, 0) "
                + "on conflict do nothing").setParameter("year", year).executeUpdate();
        long number = ((Number) entityManager.createNativeQuery(
                "update order_number_counter set last = last + 1 where year = :year returning last")
                .setParameter("year", year).getSingleResult()).longValue();
        return "12351-%d-%06d".formatted(year, number);
    }
}
