package io.unionhub.kit.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.config.KitConfig;

/** Deletes outbox rows that were published longer ago than the retention period. */
@ApplicationScoped
public class OutboxCleanup {

    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);

    @Inject
    KitConfig config;

    @Scheduled(every = "${unionhub.outbox.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDeletePublished() {
        deletePublished();
    }

    @Transactional
    public long deletePublished() {
        long deleted = OutboxEvent.deletePublishedBefore(
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.outbox().retention()));
        if (deleted > 0) {
            LOG.debugf("deleted %d published outbox rows", deleted);
        }
        return deleted;
    }
}
