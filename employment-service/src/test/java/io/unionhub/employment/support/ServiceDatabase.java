package io.unionhub.employment.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.unionhub.kit.testing.Outbox;

/** What the service's database holds: its outbox (the events it publishes) and stored values. */
@ApplicationScoped
public class ServiceDatabase {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** A connection of its own, outside the service's pool and transactions (to hold a transaction open, to load). */
    public Connection openConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** What pgbench needs to reach the database: host, port, user, password, database. */
    public record Address(String host, int port, String user, String password, String database) {
    }

    public Address address() {
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        return new Address(uri.getHost(), uri.getPort(), user, password, uri.getPath().substring(1));
    }

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
