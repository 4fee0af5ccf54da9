package io.unionhub.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.WithKafkaBroker;

/** Rows written in one transaction reach PostgreSQL in JDBC batches: an import is not one round trip per row. */
@QuarkusTest
@WithKafkaBroker
class JdbcBatchingTest {

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
        // 600 inserts one by one would be 600 statements; in batches of 100 they are 6 (the relay and the
        // consumer, running meanwhile, add a few of their own)
        assertTrue(prepared < 100, ROWS * 2 + " rows took " + prepared + " JDBC statements");
    }
}
