package io.unionhub.kit.consumer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.hibernate.Session;
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
    /** The longest event id {@code processed_event} keeps. */
    private static final int MAX_EVENT_ID = 100;

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

    /**
     * Runs a side effect over a batch of records in one transaction (a projection absorbing a backlog: one commit per
     * batch, not per event). Retried like {@link #consume} while it fails for a reason that passes. A record that is no
     * readable CloudEvent cannot be dead-lettered on its own from a batch, so it is skipped and counted in
     * {@link Batch#unreadable()} (logged without its content); the side effect decides which events are new to which
     * consumer with {@link Batch#firstDeliveries(String)}.
     */
    @Retry(retryOn = TransientConsumerFailure.class, maxRetries = -1, maxDuration = 0, delay = 200, jitter = 100)
    @ExponentialBackoff(factor = 2, maxDelay = 30_000)
    public <T> T consumeBatch(List<String> recordValues, Function<Batch, T> sideEffect) {
        Batch batch = readBatch(recordValues);
        try {
            return QuarkusTransaction.requiringNew().call(() -> sideEffect.apply(batch));
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                LOG.warnf("a batch of %d events failed for a reason that passes (%s); trying again",
                        recordValues.size(), rootOf(e));
                throw new TransientConsumerFailure(e);
            }
            throw e;
        }
    }

    /** The readable events of a batch, in the order they came, and how many records were not. */
    public final class Batch {

        private final List<CloudEvent> events;
        private final int unreadable;

        private Batch(List<CloudEvent> events, int unreadable) {
            this.events = events;
            this.unreadable = unreadable;
        }

        public List<CloudEvent> events() {
            return events;
        }

        public int unreadable() {
            return unreadable;
        }

        /**
         * Records the batch's events as processed by a consumer (one statement, its rows locked in id order so two
         * batches at once cannot deadlock) and returns those it had not seen before, in order, each once (a repeat
         * inside the batch too). Call it inside the batch's transaction.
         */
        public List<CloudEvent> firstDeliveries(String consumer) {
            if (events.isEmpty()) {
                return List.of();
            }
            String[] ids = events.stream().map(CloudEvent::id).toArray(String[]::new);
            Set<String> recorded = entityManager.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into processed_event (consumer, event_id, processed_at)
                        select ?, id, now() from unnest(?) as id order by id
                        on conflict do nothing returning event_id""")) {
                    insert.setString(1, consumer);
                    insert.setArray(2, connection.createArrayOf("varchar", ids));
                    Set<String> inserted = new HashSet<>();
                    try (ResultSet rows = insert.executeQuery()) {
                        while (rows.next()) {
                            inserted.add(rows.getString(1));
                        }
                    }
                    return inserted;
                }
            });
            List<CloudEvent> first = new ArrayList<>(recorded.size());
            for (CloudEvent event : events) {
                if (recorded.remove(event.id())) {
                    first.add(event);
                }
            }
            return first;
        }
    }

    private Batch readBatch(List<String> recordValues) {
        List<CloudEvent> events = new ArrayList<>(recordValues.size());
        int unreadable = 0;
        for (String value : recordValues) {
            try {
                CloudEvent event = parse(value);
                if (event.id().isEmpty() || event.id().length() > MAX_EVENT_ID || !plainText(event.id())
                        || !plainText(event.type())) {
                    throw new MalformedEventException("an event id or type that cannot be stored", null);
                }
                events.add(event);
            } catch (MalformedEventException e) {
                unreadable++;
                LOG.warnf("a record skipped: %s", e.getMessage());
            }
        }
        return new Batch(events, unreadable);
    }

    /** Text a database column keeps as it is: no control characters (NUL among them), no unpaired surrogates. */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
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
            CloudEvent event = objectMapper.readValue(recordValue, CloudEvent.class);
            if (event == null) { // the JSON literal null
                throw new MalformedEventException("not a CloudEvent: null", null);
            }
            return event;
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
