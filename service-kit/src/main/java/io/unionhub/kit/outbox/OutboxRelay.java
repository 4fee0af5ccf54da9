package io.unionhub.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.unionhub.kit.config.KitConfig;
import io.unionhub.kit.events.CloudEvent;

/**
 * Sends committed outbox rows to the service's topic, in sequence order, keyed by aggregate id, at least once.
 *
 * <p>A commit wakes it at once; a short poll catches anything else (rows of another replica, a missed wake-up).
 * While Kafka is unreachable the rows wait in the table and the relay retries with a growing pause. Each batch runs
 * in one transaction holding a PostgreSQL advisory lock, so with several replicas only one relays at a time and the
 * order holds. A row is marked published only once Kafka has acknowledged it; a row Kafka refuses for good (too
 * large, not serialisable, not authorised) is parked with its reason, and the rows behind it go on.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key (two-int space, apart from the per-aggregate bigint locks of the publisher). */
    private static final int LOCK_CLASS = 0x0B0C, LOCK_OUTBOX_RELAY = 1;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(20);
    /** How long a stop waits for the batch in hand. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    @Inject
    KitConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;
    private Counter publishedCounter;
    private Counter failureCounter;
    private Counter parkedCounter;

    void start(@Observes StartupEvent event) {
        if (!config.outbox().relayEnabled()) {
            return;
        }
        publishedCounter = registry.counter("unionhub.outbox.published");
        failureCounter = registry.counter("unionhub.outbox.relay.failures");
        parkedCounter = registry.counter("unionhub.outbox.parked.rows");
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Lets the batch in hand finish, then stops: interrupted mid-batch, the relay would leave rows pending that Kafka
     * already has (the producer flushes them as it closes), and the next relay would send them a second time. A batch
     * takes milliseconds; one still unfinished after {@link #STOP_WAIT} (a broker answering slowly) is interrupted, so
     * that the whole stop fits the 30 s a supervisor gives it.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            wakeUp.release();
            worker.join(STOP_WAIT.toMillis());
            if (worker.isAlive()) {
                worker.interrupt();
                worker.join(STOP_WAIT.toMillis());
            }
        }
        closeProducer();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeUp.release();
    }

    private void relayUntilStopped() {
        Duration pause = config.outbox().pollInterval();
        while (running) {
            try {
                wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (!running) {
                    return; // woken to stop
                }
                relayPending();
                pause = config.outbox().pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failureCounter.increment();
                pause = min(pause.multipliedBy(2), config.outbox().maxBackoff());
                LOG.warnf("outbox relay could not publish (%s); retrying in %d ms", e.getMessage(), pause.toMillis());
            }
        }
    }

    /**
     * Publishes everything pending, batch after batch.
     *
     * @return how many rows were published
     * @throws OutboxRelayException when Kafka did not acknowledge a row; the rows from there on stay pending
     */
    public int relayPending() {
        int total = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew()
                    .timeout((int) SEND_TIMEOUT.multipliedBy(2).toSeconds())
                    .call(this::relayBatch);
            total += batch.published();
            if (batch.failure() != null) {
                // thrown after the commit, so the acknowledged part stays marked published
                throw batch.failure();
            }
            if (batch.published() < config.outbox().batchSize() || stopping()) {
                return total;
            }
        }
    }

    /** The relay thread was started and has been told to stop: no further batch (the next instance takes them). */
    private boolean stopping() {
        return worker != null && !running;
    }

    private record Batch(int published, OutboxRelayException failure) {
    }

    private Batch relayBatch() {
        if (!holdsRelayLock()) {
            return new Batch(0, null);
        }
        List<OutboxEvent> rows = OutboxEvent.oldestPending(config.outbox().batchSize());
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (OutboxEvent row : rows) {
            Future<RecordMetadata> send;
            try {
                send = producer().send(toRecord(row));
            } catch (RuntimeException e) {
                if (!isPermanent(e)) {
                    sendFailure = e; // the broker away: nothing after this row is sent now
                    break;
                }
                send = CompletableFuture.failedFuture(e); // this row can never be sent: it is parked below
            }
            sends.add(send);
            if (failedAtOnce(send)) {
                break; // no metadata in time (the broker away): each further send would wait as long again
            }
        }
        int settled = markAcknowledged(rows, sends);
        if (settled == rows.size()) {
            return new Batch(settled, null);
        }
        closeProducer();
        String reason = sendFailure != null ? sendFailure.getMessage() : "no acknowledgement in time";
        return new Batch(settled, new OutboxRelayException(
                "Kafka took " + settled + " of " + rows.size() + " events: " + reason, sendFailure));
    }

    /**
     * Marks what Kafka acknowledged published (one statement) and parks what it refused for good. A row whose send
     * failed for a reason that may pass (the broker away, a timeout) stays pending, and so does every later row of its
     * aggregate in the batch, acknowledged or not, so that the aggregate's events go out again in order; the other
     * aggregates' acknowledged rows are not sent twice.
     *
     * @return how many rows were settled (published or parked)
     */
    private int markAcknowledged(List<OutboxEvent> batch, List<Future<RecordMetadata>> sends) {
        List<UUID> published = new ArrayList<>();
        Set<String> heldBack = new HashSet<>();
        int settled = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            // a row never handed to the producer (send() itself failed) is held back like a failed one
            Throwable refusal = i < sends.size() ? refusal(sends.get(i)) : new TimeoutException("not sent");
            String aggregate = row.aggregateType + ':' + row.aggregateId;
            if (heldBack.contains(aggregate)) {
                continue;
            }
            if (refusal == null) {
                published.add(row.id);
                settled++;
            } else if (isPermanent(refusal)) {
                park(row, refusal);
                settled++;
            } else {
                heldBack.add(aggregate);
            }
        }
        if (!published.isEmpty()) {
            entityManager.createNativeQuery("update outbox set published_at = :now where id in (:ids)")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("ids", published)
                    .executeUpdate();
            if (publishedCounter != null) {
                publishedCounter.increment(published.size());
            }
        }
        return settled;
    }

    /** Why Kafka did not take the record (null: it did); a timeout counts as a failure that may pass. */
    private static Throwable refusal(Future<RecordMetadata> send) {
        try {
            send.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /**
     * Failures of the record itself, which no retry can cure. Anything else (the broker, the producer, the cluster's
     * permissions, a failover) may pass and is tried again, in order.
     */
    private static boolean isPermanent(Throwable refusal) {
        return refusal instanceof RecordTooLargeException || refusal instanceof RecordBatchTooLargeException
                || refusal instanceof InvalidRecordException || refusal instanceof SerializationException;
    }

    /** A send that already failed with a failure that may pass, as when the producer found no metadata in time. */
    private static boolean failedAtOnce(Future<RecordMetadata> send) {
        if (!send.isDone()) {
            return false;
        }
        Throwable refusal = refusal(send);
        return refusal != null && !isPermanent(refusal);
    }

    private void park(OutboxEvent row, Throwable refusal) {
        String reason = refusal.getClass().getSimpleName() + ": " + refusal.getMessage();
        entityManager.createNativeQuery("update outbox set parked_at = :now, park_reason = :reason where id = :id")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .setParameter("id", row.id)
                .executeUpdate();
        if (parkedCounter != null) {
            parkedCounter.increment();
        }
        // ids and the type only: the payload stays in the table
        LOG.errorf("outbox row %s (%s of %s %s) parked: Kafka refused it for good (%s); see docs/service-kit.md",
                row.id, row.type, row.aggregateType, row.aggregateId, reason);
    }

    private boolean holdsRelayLock() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:class, :key)")
                .setParameter("class", LOCK_CLASS)
                .setParameter("key", LOCK_OUTBOX_RELAY)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent row) {
        try {
            CloudEvent event = CloudEvent.of(row.id.toString(), config.eventSource(), row.type, row.aggregateId,
                    row.createdAt, objectMapper.readTree(row.payload));
            var record = new ProducerRecord<>(config.eventTopic(), row.aggregateId,
                    objectMapper.writeValueAsString(event));
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            return record;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox row " + row.id + " holds invalid JSON", e);
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.program());
            // fail fast while the broker is away: the rows wait safely in the outbox
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** A producer that failed is replaced: a fresh one reconnects cleanly and resets its idempotence state. */
    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
