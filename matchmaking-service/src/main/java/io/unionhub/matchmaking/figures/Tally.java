package io.unionhub.matchmaking.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Anonymous counts of what happened (matches formed, couples, marriages, erasures), added to in the
 * transaction that makes the fact: they outlive the rows an erasure removes, so the figures stay true and hold no
 * personal data.
 */
@ApplicationScoped
public class Tally {

    public enum Count {
        MATCHES,
        COUPLES,
        MARRIAGES,
        ERASURES
    }

    @Inject
    EntityManager entityManager;

    public void add(Count count, int by) {
        entityManager.createNativeQuery("update tally set value = value + :by where name = :name")
                .setParameter("by", by).setParameter("name", count.name()).executeUpdate();
    }

    public long of(Count count) {
        return ((Number) entityManager.createNativeQuery("select value from tally where name = :name")
                .setParameter("name", count.name()).getSingleResult()).longValue();
    }
}
