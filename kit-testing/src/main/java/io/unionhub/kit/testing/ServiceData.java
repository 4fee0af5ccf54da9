package io.unionhub.kit.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** A service's database as its tests look into it: its outbox, a stored value, a connection of its own. */
public final class ServiceData {

    private final EntityManager entityManager;
    private final String program;

    public ServiceData(EntityManager entityManager, String program) {
        this.entityManager = entityManager;
        this.program = program;
    }

    public Outbox outbox() {
        return new Outbox(entityManager, program);
    }

    /** A column of a row as the database holds it (to see that it is encrypted). */
    public String stored(String table, String column, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager.createNativeQuery(
                "select " + column + " from " + table + " where id = :id").setParameter("id", id).getSingleResult()));
    }

    /**
     * A connection of its own with the service's database role, outside its pool and transactions: to hold a
     * transaction open, to load data fast, to try what no API allows.
     */
    public Connection openConnection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
