package io.unionhub.kit.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * How far behind the events are, on {@code /q/metrics}: {@code unionhub_outbox_pending} rows not yet on Kafka and
 * {@code unionhub_outbox_oldest_pending_age_seconds}, the age of the oldest of them (0 when none), and
 * {@code unionhub_outbox_parked}, rows Kafka refused for good. Read from the database at most once a second, whichever
 * replica relays.
 */
@ApplicationScoped
public class OutboxLag {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private record Reading(double pending, double oldestAgeSeconds, double parked, long readAtNanos) {
    }

    private volatile Reading last;

    /** Two queries, each answered by its partial index (outbox_pending, outbox_parked). */
    private Reading read() {
        Object[] pending = (Object[]) entityManager.createNativeQuery("""
                select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox
                where published_at is null and parked_at is null""").getSingleResult();
        Number parked = (Number) entityManager.createNativeQuery(
                "select count(*) from outbox where parked_at is not null").getSingleResult();
        return new Reading(((Number) pending[0]).doubleValue(), ((Number) pending[1]).doubleValue(),
                parked.doubleValue(), System.nanoTime());
    }

    void registerGauges(@Observes StartupEvent start) {
        Gauge.builder("unionhub.outbox.pending", this, lag -> lag.current().pending())
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("unionhub.outbox.oldest.pending.age.seconds", this, lag -> lag.current().oldestAgeSeconds())
                .description("Age of the oldest outbox row not yet acknowledged by Kafka").register(registry);
        Gauge.builder("unionhub.outbox.parked", this, lag -> lag.current().parked())
                .description("Outbox rows Kafka refused for good, waiting for an operator").register(registry);
    }

    private synchronized Reading current() {
        if (last == null || System.nanoTime() - last.readAtNanos() > FRESH_FOR.toNanos()) {
            try {
                last = QuarkusTransaction.requiringNew().call(this::read);
            } catch (RuntimeException e) {
                // the database away: unknown for a second, rather than every scrape waiting for a connection
                last = new Reading(Double.NaN, Double.NaN, Double.NaN, System.nanoTime());
            }
        }
        return last;
    }
}
