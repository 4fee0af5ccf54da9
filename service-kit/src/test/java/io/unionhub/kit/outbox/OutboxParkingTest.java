package io.unionhub.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.sample.Parcel;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;

/** A row Kafka refuses for good is parked with its reason, and the events behind it go on. */
@QuarkusTest
@WithKafkaBroker
class OutboxParkingTest {

    @Inject
    ParcelService parcels;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anOversizedEventIsParkedAndTheEventsBehindItArrive() {
        UUID oversized = UUID.randomUUID();
        // 2 MB of data: over the producer's and the broker's 1 MB limit, a record that can never be sent
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox (id, aggregatetype, aggregateid, type, payload, created_at)
                values (:id, 'parcel', :id, 'unionhub.kittest.parcel.registered.v1',
                        jsonb_build_object('blob', repeat('x', 2000000)), now())""")
                .setParameter("id", oversized).executeUpdate());
        Parcel behind = parcels.register("behind the oversized one", 2);

        try (TopicReader reader = new TopicReader(bootstrapServers, OutboxRelayTest.TOPIC)) {
            var records = reader.readUntil(records1 -> records1.stream()
                    .anyMatch(r -> r.key().equals(behind.id.toString())), Duration.ofSeconds(60));
            assertTrue(records.stream().anyMatch(r -> r.key().equals(behind.id.toString())),
                    "the event behind the oversized one arrived");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> parkReason(oversized) != null);
        assertTrue(parkReason(oversized).startsWith("RecordTooLargeException"), parkReason(oversized));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(oversized))
                .parkedAt);
        String metrics = given().when().get("/q/metrics").then().extract().asString();
        assertTrue(valueOf(metrics, "unionhub_outbox_parked_rows_total") >= 1, "parked rows counted");
        assertTrue(valueOf(metrics, "unionhub_outbox_parked") >= 1, "parked rows waiting, on the gauge");
    }

    private static double valueOf(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst()
                .orElse(-1);
    }

    private String parkReason(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id).parkReason);
    }
}
