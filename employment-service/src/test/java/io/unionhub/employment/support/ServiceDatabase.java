package io.unionhub.employment.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.unionhub.kit.testing.Outbox;
import io.unionhub.kit.testing.ServiceData;

/** The employment database as the tests look into it (kit-testing's ServiceData). */
@ApplicationScoped
public class ServiceDatabase {

    @Inject
    EntityManager entityManager;

    private ServiceData data() {
        return new ServiceData(entityManager, "employment");
    }

    public Outbox outbox() {
        return data().outbox();
    }

    /** The payloads of the events of this type (without the prefix) about this aggregate, oldest first. */
    public List<String> payloads(String type, Object aggregateId) {
        return outbox().payloads(type, aggregateId);
    }

    public Connection openConnection() throws SQLException {
        return data().openConnection();
    }

    public String stored(String table, String column, UUID id) {
        return data().stored(table, column, id);
    }
}
