package io.unionhub.kit.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

        /** Advisory lock key of the move (two-int space, apart from the outbox relay's). */
        private static final int LOCK_CLASS = 0x0B0C, LOCK_KIT_HISTORY = 2;

        private final String[] locations;
        private boolean moved;

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
         * Before the service's Flyway validates: the kit's rows leave its history (it no longer knows them), the
         * kit's own history taking over from them first. After it migrated: the kit's own migrations (after, so that
         * the service's Flyway finds a fresh schema empty).
         */
        @Override
        public synchronized void handle(Event event, Context context) {
            Configuration service = context.getConfiguration();
            if (!moved) {
                moveKitRows(service);
                moved = true;
            }
            if (event == Event.AFTER_MIGRATE) {
                // the schema is not empty (the service's tables are there): the kit's history starts from nothing
                kit(service).baselineOnMigrate(true).baselineVersion("0").load().migrate();
            }
        }

        /**
         * A database from before the split: the kit's history is started at the version the kit's rows in the
         * service's history reached, then those rows are deleted. Under a lock (replicas start together), and in
         * this order, so that a start that fails half-way leaves what the next one needs: a kit history, and rows
         * it deletes then.
         */
        private void moveKitRows(Configuration service) {
            String serviceHistory = qualified(service, service.getTable());
            try (Connection connection = service.getDataSource().getConnection()) {
                connection.setAutoCommit(true);
                execute(connection, "select pg_advisory_lock(" + LOCK_CLASS + ", " + LOCK_KIT_HISTORY + ")");
                try {
                    if (!tableExists(connection, serviceHistory)) {
                        return;
                    }
                    MigrationVersion highest = highestKitVersion(connection, serviceHistory);
                    if (highest == null) {
                        return;
                    }
                    if (!tableExists(connection, qualified(service, HISTORY))) {
                        kit(service).baselineVersion(highest)
                                .baselineDescription("kit migrations applied under the shared history").load()
                                .baseline();
                    }
                    execute(connection, "delete from " + serviceHistory + " where version like '0.%'");
                } finally {
                    execute(connection, "select pg_advisory_unlock(" + LOCK_CLASS + ", " + LOCK_KIT_HISTORY + ")");
                }
            } catch (SQLException e) {
                throw new FlywayException("cannot move the kit's migrations out of " + serviceHistory, e);
            }
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

        /** A table of the service's schema (the one Flyway was given, if any), quoted as Flyway names it. */
        private static String qualified(Configuration service, String table) {
            String schema = service.getDefaultSchema() != null ? service.getDefaultSchema()
                    : service.getSchemas().length > 0 ? service.getSchemas()[0] : null;
            return (schema == null ? "" : '"' + schema + "\".") + '"' + table + '"';
        }

        private static MigrationVersion highestKitVersion(Connection connection, String serviceHistory)
                throws SQLException {
            MigrationVersion highest = null;
            try (PreparedStatement select = connection.prepareStatement("select version from " + serviceHistory
                    + " where version like '0.%' and success"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                    highest = highest == null || version.isNewerThan(highest) ? version : highest;
                }
            }
            return highest;
        }

        private static void execute(Connection connection, String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
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
