package io.unionhub.matchmaking.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.schedule.RoundLock;

/** Expires old verifications on a schedule, one replica a round (a transaction-scoped advisory lock). */
@ApplicationScoped
public class VerificationExpiry {

    private static final Logger LOG = Logger.getLogger(VerificationExpiry.class);

    @Inject
    RoundLock roundLock;

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
        if (!roundLock.take("matchmaking-verification-expiry")) {
            return 0;
        }
        return verifications.expire();
    }
}
