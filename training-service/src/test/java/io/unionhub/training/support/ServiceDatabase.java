package io.unionhub.training.support;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** What the service's database holds: its outbox (the events it publishes) and stored values. */
@ApplicationScoped
public class ServiceDatabase {

    @Inject
    EntityManager entityManager;

    /** The payloads (event data, JSON) of the events of this type about this aggregate, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> payloads(String type, Object aggregateId) {
        return entityManager.createNativeQuery(
                "select payload::text from outbox where type = :type and aggregateid = :id order by sequence")
                .setParameter("type", "unionhub.training." + type)
                .setParameter("id", aggregateId.toString())
                .getResultList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> typesEmitted() {
        return entityManager.createNativeQuery("select distinct type from outbox order by type").getResultList();
    }

    /** The cadre's name as the database holds it. */
    @Transactional
    public String storedCadreName(java.util.UUID cadreId) {
        return (String) entityManager.createNativeQuery("select name from cadre where id = :id")
                .setParameter("id", cadreId).getSingleResult();
    }
}
