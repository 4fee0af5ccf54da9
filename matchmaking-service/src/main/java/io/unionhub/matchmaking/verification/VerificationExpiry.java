package io.unionhub.matchmaking.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Expires old verifications on a schedule, one replica a round (a transaction-scoped advisory lock). */
@ApplicationScoped
public class VerificationExpiry {

    private static final Logger LOG = Logger.getLogger(VerificationExpiry.class);
    private static final String LOCK =
            "select pg_try_advisory_xact_lock(hashtextextended('matchmaking-verification-expiry', 0))";

    @Inject
    EntityManager entityManager;

    @Inject
    VerificationService verifications;

    @Scheduled(every = "${unionhub.matchmaking.verification-expiry-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int expired = check();
        if (expired > 0) {
            LOG.infof("%d verification(s) expired", expired);
        }
    }

    /** One round; answers how many expired (0 too when another replica holds the round). */
    @Transactional
    public int check() {
        if (!(Boolean) entityManager.createNativeQuery(LOCK).getSingleResult()) {
            return 0;
        }
        return verifications.expire();
    }
}
