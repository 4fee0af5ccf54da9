package io.unionhub.training.support;

import java.util.List;

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

    /** The payloads (event data, JSON) of the events of this type about this aggregate, oldest first. */
    public List<String> payloads(String type, Object aggregateId) {
        return new Outbox(entityManager, "training").payloads(type, aggregateId);
    }

    public List<String> typesEmitted() {
        return new Outbox(entityManager, "training").typesEmitted();
    }

    /** The cadre's name as the database holds it. */
    @Transactional
    public String storedCadreName(java.util.UUID cadreId) {
        return (String) entityManager.createNativeQuery("select name from cadre where id = :id")
                .setParameter("id", cadreId).getSingleResult();
    }
}
