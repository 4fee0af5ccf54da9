package io.unionhub.kit.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One instance at a time runs a scheduled round: every instance of a service runs the same {@code @Scheduled} job,
 * and the first to take the round's lock (a PostgreSQL advisory lock held until its transaction ends) does the work
 * while the others skip that round. Call it first thing in the round's transaction.
 */
@ApplicationScoped
public class RoundLock {

    private static final String TRY = "select pg_try_advisory_xact_lock(hashtextextended(?1, 0))";

    @Inject
    EntityManager entityManager;

    /** Whether this transaction holds the round named {@code round} (e.g. {@code "mediation-sla-check"}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String round) {
        return (Boolean) entityManager.createNativeQuery(TRY).setParameter(1, round).getSingleResult();
    }
}
