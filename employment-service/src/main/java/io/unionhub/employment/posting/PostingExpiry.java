package io.unionhub.employment.posting;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Expires open postings past their last valid day, every night just after midnight in the federation's zone. The
 * board hides them from that midnight on whether or not this has run; the job makes it a fact, with its event. Each
 * posting expires in its own transaction under its row lock, so with several replicas running the job at once each
 * posting is expired, and announced, once.
 */
@ApplicationScoped
public class PostingExpiry {

    private static final Logger LOG = Logger.getLogger(PostingExpiry.class);
    private static final int BATCH = 500;

    @Inject
    PostingService postings;

    @Scheduled(cron = "${unionhub.employment.expiry-check}", timeZone = "${unionhub.employment.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int expired = expireDue();
        if (expired > 0) {
            LOG.infof("Expired %d postings past their last valid day", expired);
        }
    }

    /** Expires every open posting past its last day; returns how many this call expired. */
    public int expireDue() {
        int expired = 0;
        List<UUID> due;
        do {
            due = postings.dueToExpire(BATCH);
            for (UUID id : due) {
                if (postings.expire(id)) {
                    expired++;
                }
            }
        } while (due.size() == BATCH);
        return expired;
    }
}
