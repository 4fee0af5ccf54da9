package io.unionhub.kit.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * The kit's tables (outbox, processed_event, idempotency_key) keep their own Flyway history, {@value #HISTORY}, so
 * the kit and a service evolve apart: a kit migration released after a service's V7 is applied like any other, where
 * one shared history would refuse it (its 0.x would come before V7). The service's Flyway runs the kit's migrations
 * from a callback, right after its own (no service migration depends on the kit's tables). A database from before the
 * split, whose service history holds the kit's 0.x rows, has them moved to the kit's history once.
 */
@Singleton
public class KitMigrations implements FlywayConfigurationCustomizer {

    public static final String HISTORY = "kit_schema_history";
    public static final String LOCATION = "db/service-kit";

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new WithTheService(LOCATION));
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    /** Migrates the kit's tables with the service's Flyway, in their own history. */
    public static final class WithTheService implements Callback {

        private final String[] locations;
        private boolean moved;
        private MigrationVersion movedUpTo;

        /** @param locations where the kit's migrations are (the kit's own, and in tests a later one) */
        public WithTheService(String... locations) {
            this.locations = locations;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return false;
        }

        /**
         * Before the service's Flyway validates: the kit's rows leave its history (it no longer knows them). After
         * it migrated: the kit's own migrations (after, so that the service's Flyway finds a fresh schema empty).
         */
        @Override
        public synchronized void handle(Event event, Context context) {
            Configuration service = context.getConfiguration();
            if (!moved) {
                movedUpTo = moveKitRowsOutOf(service.getDataSource(), qualified(service));
                moved = true;
            }
            if (event != Event.AFTER_MIGRATE) {
                return;
            }
            if (movedUpTo != null) {
                kit(service).baselineVersion(movedUpTo)
                        .baselineDescription("kit migrations applied under the shared history").load().baseline();
                movedUpTo = null;
            }
            // the schema is not empty (the service's tables are there): the kit's history starts from nothing
            kit(service).baselineOnMigrate(true).baselineVersion("0").load().migrate();
        }

        private FluentConfiguration kit(Configuration service) {
            return Flyway.configure(service.getClassLoader()).dataSource(service.getDataSource())
                    .schemas(service.getSchemas()).defaultSchema(service.getDefaultSchema())
                    .table(HISTORY).locations(locations);
        }

        @Override
        public String getCallbackName() {
            return "unionhub-kit-migrations";
        }

        /** The service's history table, in its schema when Flyway was given one. */
        private static String qualified(Configuration service) {
            String schema = service.getDefaultSchema() != null ? service.getDefaultSchema()
                    : service.getSchemas().length > 0 ? service.getSchemas()[0] : null;
            return schema == null ? service.getTable() : '"' + schema + "\"." + service.getTable();
        }

        /**
         * Deletes the kit's 0.x rows from the service's history, if it has any (a database from before the split).
         *
         * @return the highest kit version they held, or null when there were none
         */
        private static MigrationVersion moveKitRowsOutOf(DataSource dataSource, String serviceHistory) {
            try (Connection connection = dataSource.getConnection()) {
                if (!tableExists(connection, serviceHistory)) {
                    return null;
                }
                MigrationVersion highest = null;
                try (PreparedStatement select = connection.prepareStatement("select version from " + serviceHistory
                        + " where version like '0.%' and success"); ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                        highest = highest == null || version.isNewerThan(highest) ? version : highest;
                    }
                }
                if (highest != null) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "delete from " + serviceHistory + " where version like '0.%'")) {
                        delete.executeUpdate();
                    }
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                }
                return highest;
            } catch (SQLException e) {
                throw new FlywayException("cannot move the kit's migrations out of " + serviceHistory, e);
            }
        }

        private static boolean tableExists(Connection connection, String table) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
                query.setString(1, table);
                try (ResultSet exists = query.executeQuery()) {
                    return exists.next() && exists.getBoolean(1);
                }
            }
        }
    }
}
