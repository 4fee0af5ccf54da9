package io.unionhub.kit.consumer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.unionhub.kit.config.KitConfig;
import io.unionhub.kit.events.CloudEvent;

/**
 * Runs a consumer's side effect at most once per event id, whatever Kafka redelivers.
 *
 * <p>The (consumer, event id) pair is recorded in the same transaction as the side effect; a repeat finds it and is
 * skipped. A side effect that fails for a reason that passes (the database away, a deadlock, a lock or a query that
 * timed out) is tried again, each time in a fresh transaction, backing off up to 30 s, for as long as it takes: the
 * channel waits (the partitions this instance holds), so the aggregate's later events are never applied before it.
 * Anything else can never succeed (an unreadable event, an unknown version, a rule that rejects it, a bug): it reaches
 * the Kafka connector at once, whose {@code failure-strategy=unionhub-dead-letter-queue} moves the record to the
 * channel's dead-letter topic so the partition moves on. Use it from an {@code @Incoming @Blocking} method.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    KitConfig config;

    /**
     * @param consumer    a stable name of the consumer (its dedupe scope), e.g. {@code ops-training-figures}
     * @param recordValue the Kafka record value: a structured CloudEvent
     * @param sideEffect  what the event causes, run inside the transaction
     * @return true if the side effect ran, false if the event had already been processed
     */
    @Retry(retryOn = TransientConsumerFailure.class, maxRetries = -1, maxDuration = 0, delay = 200, jitter = 100)
    @ExponentialBackoff(factor = 2, maxDelay = 30_000)
    public boolean consume(String consumer, String recordValue, Consumer<CloudEvent> sideEffect) {
        CloudEvent event = parse(recordValue);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!recordFirstDelivery(consumer, event.id())) {
                    LOG.debugf("%s skips event %s: already processed", consumer, event.id());
                    return false;
                }
                sideEffect.accept(event);
                return true;
            });
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                LOG.warnf("%s: event %s failed for a reason that passes (%s); trying again", consumer, event.id(),
                        rootOf(e));
                throw new TransientConsumerFailure(e);
            }
            throw e;
        }
    }

    private static String rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof java.sql.SQLException sql ? "SQLSTATE " + sql.getSQLState()
                : root.getClass().getSimpleName();
    }

    private boolean recordFirstDelivery(String consumer, String eventId) {
        return entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at) values (:consumer, :eventId, now())
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }

    private CloudEvent parse(String recordValue) {
        try {
            return objectMapper.readValue(recordValue, CloudEvent.class);
        } catch (JsonProcessingException | NullPointerException | IllegalArgumentException e) {
            throw new MalformedEventException("not a CloudEvent: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Forgets event ids older than the retention period; a redelivery that late is not expected. */
    @Scheduled(every = "${unionhub.consumer.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledForgetOldEvents() {
        forgetOldEvents();
    }

    @Transactional
    public int forgetOldEvents() {
        return entityManager.createNativeQuery("delete from processed_event where processed_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minus(config.consumer().retention()))
                .executeUpdate();
    }
}
