package io.unionhub.kit.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.unionhub.kit.consumer.IdempotentConsumer;
import io.unionhub.kit.events.CloudEvent;

/** A consumer of the parcel events: writes one notice per event. A parcel labelled "explode" always fails. */
@ApplicationScoped
public class ParcelNotices {

    public static final String EXPLODING_WEIGHT = "666";
    /** A parcel of this weight meets "the database away" on its first attempts, then goes through. */
    public static final String FLAKY_WEIGHT = "777";
    public static final int FLAKY_ATTEMPTS = 4;
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> attempts =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    EntityManager entityManager;

    @Incoming("parcel-events")
    @Blocking
    public void on(String value) {
        idempotent.consume("kittest-notices", value, this::writeNotice);
    }

    private void writeNotice(CloudEvent event) {
        if (EXPLODING_WEIGHT.equals(event.data().path("weight").asText())) {
            throw new IllegalStateException("this parcel cannot be noticed");
        }
        if (FLAKY_WEIGHT.equals(event.data().path("weight").asText())
                && attempts.computeIfAbsent(event.id(), id -> new java.util.concurrent.atomic.AtomicInteger())
                        .incrementAndGet() <= FLAKY_ATTEMPTS) {
            throw new IllegalStateException(new java.sql.SQLTransientConnectionException("database away", "08006"));
        }
        entityManager.createNativeQuery("insert into parcel_notice (event_id, parcel_id, event_type) values (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, event.subject())
                .setParameter(3, event.type())
                .executeUpdate();
    }

    /** How many times the event's side effect was tried. */
    public int attemptsAt(String eventId) {
        var count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }

    @jakarta.transaction.Transactional
    public long noticesOf(String eventId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from parcel_notice where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue();
    }

    @jakarta.transaction.Transactional
    public long noticesAboutParcel(java.util.UUID parcelId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from parcel_notice where parcel_id = ?1")
                .setParameter(1, parcelId.toString()).getSingleResult()).longValue();
    }
}
