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
 * {@code unionhub_outbox_oldest_pending_age_seconds}, the age of the oldest of them (0 when none). Read from the
 * database at most once a second, whichever replica relays.
 */
@ApplicationScoped
public class OutboxLag {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private record Reading(long pending, double oldestAgeSeconds, long readAtNanos) {
    }

    private volatile Reading last;

    void registerGauges(@Observes StartupEvent start) {
        Gauge.builder("unionhub.outbox.pending", this, lag -> lag.current().pending())
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("unionhub.outbox.oldest.pending.age.seconds", this, lag -> lag.current().oldestAgeSeconds())
                .description("Age of the oldest outbox row not yet acknowledged by Kafka").register(registry);
    }

    private synchronized Reading current() {
        if (last == null || System.nanoTime() - last.readAtNanos() > FRESH_FOR.toNanos()) {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                    select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox
                    where published_at is null""").getSingleResult());
            last = new Reading(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue(), System.nanoTime());
        }
        return last;
    }
}
