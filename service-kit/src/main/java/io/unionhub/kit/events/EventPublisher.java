package io.unionhub.kit.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.unionhub.kit.config.KitConfig;
import io.unionhub.kit.outbox.OutboxEvent;
import io.unionhub.kit.outbox.OutboxWritten;

/**
 * Publishes a domain event the only safe way: as an outbox row in the caller's transaction. The row reaches Kafka
 * after the transaction commits, or never if it rolls back.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    KitConfig config;

    @Inject
    Event<OutboxWritten> outboxWritten;

    /**
     * @param type        the event's declaration (its aggregate, type and data record)
     * @param aggregateId the aggregate's id: event subject and Kafka key, so one aggregate's events stay in order
     * @param data        a record of ids and facts (no personal data)
     * @return the event id
     */
    @Transactional(TxType.MANDATORY)
    public <D extends Record> UUID publish(EventType<D> type, Object aggregateId, D data) {
        String subject = String.valueOf(aggregateId);
        lockAggregate(type.aggregateType(), subject);
        return write(type, subject, data);
    }

    /**
     * The same for an aggregate created in this very transaction (a registration, each row of an import): no other
     * transaction can write its events before this one commits, so it needs no lock, and a bulk import of thousands
     * does not hold thousands of locks.
     */
    @Transactional(TxType.MANDATORY)
    public <D extends Record> UUID publishForNewAggregate(EventType<D> type, Object aggregateId, D data) {
        return write(type, String.valueOf(aggregateId), data);
    }

    private UUID write(EventType<?> type, String subject, Record data) {
        OutboxEvent row = new OutboxEvent(UUID.randomUUID(), type.aggregateType(), subject,
                config.eventTypePrefix() + type.type(), objectMapper.valueToTree(data).toString(),
                OffsetDateTime.now(ZoneOffset.UTC));
        row.persist();
        outboxWritten.fire(new OutboxWritten(row.id));
        return row.id;
    }

    /**
     * Serialises writers of one aggregate until they commit, so the outbox sequence of an aggregate's events is
     * their commit order and the relay can never overtake an earlier, still uncommitted event of the same aggregate.
     */
    private void lockAggregate(String aggregateType, String aggregateId) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", aggregateType + ':' + aggregateId)
                // the lock touches no table: no need to flush the session before it (costly in bulk work)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("pg_advisory_lock")
                .getSingleResult();
    }
}
