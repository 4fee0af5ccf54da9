package io.unionhub.kit.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The kit's tables have their own Flyway history, so a kit migration can come after a service's. */
class KitMigrationsTest {

    private static final String SERVICE = "db/history-test/service";
    private static final String KIT_LATER = "db/history-test/kit-later";

    private final PGSimpleDataSource database = new PGSimpleDataSource();
    private final String schema = "history_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    KitMigrationsTest() {
        database.setUrl("jdbc:postgresql://127.0.0.1:5432/kit_test");
        database.setUser("kit_test");
        database.setPassword("kit_test");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("drop schema if exists " + schema + " cascade");
    }

    @Test
    void aKitMigrationReleasedAfterAServiceMigrationIsApplied() throws SQLException {
        serviceFlyway(KitMigrations.LOCATION).migrate();
        List<String> kitVersions = versions(KitMigrations.HISTORY);
        assertEquals("0.1", kitVersions.get(0));
        assertEquals(List.of("1", "2"), versions("flyway_schema_history"));

        serviceFlyway(KitMigrations.LOCATION, KIT_LATER).migrate();

        List<String> afterTheLaterOne = new ArrayList<>(kitVersions);
        afterTheLaterOne.add("0.900");
        assertEquals(afterTheLaterOne, versions(KitMigrations.HISTORY));
        assertTrue(tableExists("kit_later_thing"));
        assertDoesNotThrow(() -> serviceFlyway(KitMigrations.LOCATION, KIT_LATER).validate());
    }

    @Test
    void withOneSharedHistoryTheSameKitMigrationWouldBeRefused() {
        Flyway shared = Flyway.configure().dataSource(database).schemas(schema).createSchemas(true)
                .locations(KitMigrations.LOCATION, SERVICE).load();
        shared.migrate();
        Flyway withTheLaterKitMigration = Flyway.configure().dataSource(database).schemas(schema)
                .locations(KitMigrations.LOCATION, SERVICE, KIT_LATER).load();
        assertThrows(FlywayException.class, withTheLaterKitMigration::migrate);
    }

    @Test
    void aDatabaseFromBeforeTheSplitHasItsKitRowsMovedNotRerun() throws SQLException {
        String lastKitVersion = migrateAsBeforeTheSplit();

        serviceFlyway(KitMigrations.LOCATION, KIT_LATER).migrate();

        assertEquals(List.of("1", "2"), versions("flyway_schema_history"));
        assertEquals(List.of("0.900"), versions(KitMigrations.HISTORY), "what ran before is not run again");
        assertEquals(lastKitVersion, baseline(KitMigrations.HISTORY));
        assertTrue(tableExists("outbox"));
        assertTrue(tableExists("kit_later_thing"));
    }

    @Test
    void aStartThatFailedHalfWayThroughTheMoveIsFinishedByTheNext() throws SQLException {
        String lastKitVersion = migrateAsBeforeTheSplit();
        // the kit's history written, the shared one's kit rows not yet deleted
        Flyway.configure().dataSource(database).schemas(schema).table(KitMigrations.HISTORY)
                .baselineVersion(lastKitVersion).load().baseline();

        serviceFlyway(KitMigrations.LOCATION).migrate();

        assertEquals(List.of("1", "2"), versions("flyway_schema_history"));
        assertEquals(lastKitVersion, baseline(KitMigrations.HISTORY));
    }

    /** The kit's and the service's migrations in one history, as before the split; the kit's last version. */
    private String migrateAsBeforeTheSplit() throws SQLException {
        Flyway.configure().dataSource(database).schemas(schema).createSchemas(true)
                .locations(KitMigrations.LOCATION, SERVICE).load().migrate();
        List<String> shared = versions("flyway_schema_history");
        return shared.get(shared.indexOf("1") - 1);
    }

    private Flyway serviceFlyway(String... kitLocations) {
        return Flyway.configure().dataSource(database).schemas(schema).createSchemas(true).locations(SERVICE)
                .callbacks(new KitMigrations.WithTheService(kitLocations)).load();
    }

    private List<String> versions(String history) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select version from " + schema + "." + history
                        + " where version is not null and type <> 'BASELINE' order by installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private String baseline(String history) throws SQLException {
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select max(version) from " + schema + "." + history
                        + " where type = 'BASELINE'")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
                ResultSet exists = query.executeQuery("select to_regclass('" + schema + "." + table + "') is not null")) {
            return exists.next() && exists.getBoolean(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
