package io.unionhub.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.WithKafkaBroker;

/**
 * Rows written in one transaction reach PostgreSQL in JDBC batches: an import is not one round trip per row. The relay
 * is off, so that the statement count is this transaction's alone (nothing reaches the consumer either).
 */
@QuarkusTest
@WithKafkaBroker
@TestProfile(JdbcBatchingTest.RelayOff.class)
class JdbcBatchingTest {

    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unionhub.outbox.relay-enabled", "false");
        }
    }

    private static final int ROWS = 300;

    @Inject
    ParcelService parcels;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aTransactionOfManyRowsAndTheirEventsIsWrittenInBatches() {
        String label = "batch " + UUID.randomUUID();
        Statistics statistics = sessionFactory.getStatistics();
        long preparedBefore = statistics.getPrepareStatementCount();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < ROWS; i++) {
                parcels.register(label, i); // a parcel row and its outbox row
            }
        });
        long prepared = statistics.getPrepareStatementCount() - preparedBefore;

        assertEquals(ROWS, parcels.countLabelled(label));
        // 600 inserts one by one would be 600 statements; in batches of 100 they are 6 (a new aggregate's event
        // takes no lock: publish() on an existing one adds its advisory-lock statement per call)
        assertTrue(prepared <= 10, ROWS * 2 + " rows took " + prepared + " JDBC statements");
    }
}
