package io.unionhub.employment.support;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.unionhub.kit.testing.Outbox;

/** What the service's database holds: its outbox (the events it publishes) and stored values. */
@ApplicationScoped
public class ServiceDatabase {

    @Inject
    EntityManager entityManager;

    public Outbox outbox() {
        return new Outbox(entityManager, "employment");
    }

    /** The payloads of the events of this type (without the prefix) about this aggregate, oldest first. */
    public List<String> payloads(String type, Object aggregateId) {
        return outbox().payloads(type, aggregateId);
    }

    /** A column of a row as the database holds it (to see that it is encrypted). */
    @Transactional
    public String stored(String table, String column, UUID id) {
        return String.valueOf(entityManager.createNativeQuery(
                "select " + column + " from " + table + " where id = :id").setParameter("id", id).getSingleResult());
    }
}
