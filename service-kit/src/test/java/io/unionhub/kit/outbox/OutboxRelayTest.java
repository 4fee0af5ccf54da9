package io.unionhub.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.sample.Parcel;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class OutboxRelayTest {

    static final String TOPIC = "unionhub.kittest.events";

    @Inject
    ParcelService parcels;

    @Inject
    OutboxCleanup cleanup;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void committedEventArrivesAsACloudEventKeyedByItsAggregate() throws Exception {
        Parcel parcel = parcels.register("letters", 12);

        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            ConsumerRecord<String, String> record = first(reader, parcel.id, "unionhub.kittest.parcel.registered.v1");

            assertEquals(parcel.id.toString(), record.key());
            JsonNode event = json.readTree(record.value());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("/unionhub/kittest", event.get("source").asText());
            assertEquals(parcel.id.toString(), event.get("subject").asText());
            assertEquals("application/json", event.get("datacontenttype").asText());
            assertNotNull(UUID.fromString(event.get("id").asText()));
            assertNotNull(java.time.OffsetDateTime.parse(event.get("time").asText()));
            assertEquals(12, event.get("data").get("weight").asInt());
            assertEquals(parcel.id.toString(), event.get("data").get("parcelId").asText());
            assertEquals("application/cloudevents+json; charset=UTF-8",
                    new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void eventOfARolledBackTransactionNeverArrives() {
        Parcel parcel = parcels.register("glass", 3);
        assertThrows(IllegalStateException.class, () -> parcels.weigh(parcel.id, 4, -1, true));
        assertEquals(3, parcels.find(parcel.id).weight, "the rolled-back weight was not stored");
        parcels.weigh(parcel.id, 5, 2, false);

        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            // step 2 was written after the failed step -1, on the same aggregate: once it is here, -1 would be too
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    seen -> steps(seen, parcel.id).contains(2), Duration.ofSeconds(30));
            List<Integer> steps = steps(records, parcel.id);
            assertTrue(steps.contains(2), "the committed weighing arrived");
            assertFalse(steps.contains(-1), "the rolled-back weighing never arrives");
        }
    }

    @Test
    void publishedRowsAreDeletedAfterTheRetentionPeriod() throws InterruptedException {
        Parcel parcel = parcels.register("old news", 1);
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "aggregateId", parcel.id.toString()).firstResult().id);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(eventId).publishedAt != null));
        Thread.sleep(1_100); // the test retention is one second

        cleanup.deletePublished(); // (the scheduled cleanup may have been first: the row gone is what counts)
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(eventId)));
    }

    private ConsumerRecord<String, String> first(TopicReader reader, UUID aggregateId, String type) {
        return reader.readUntil(seen -> find(seen, aggregateId, type) != null, Duration.ofSeconds(30)).stream()
                .filter(r -> matches(r, aggregateId, type)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " of " + aggregateId + " never arrived"));
    }

    private ConsumerRecord<String, String> find(List<ConsumerRecord<String, String>> records, UUID id, String type) {
        return records.stream().filter(r -> matches(r, id, type)).findFirst().orElse(null);
    }

    private boolean matches(ConsumerRecord<String, String> record, UUID aggregateId, String type) {
        return aggregateId.toString().equals(record.key()) && record.value().contains("\"type\":\"" + type + "\"");
    }

    private List<Integer> steps(List<ConsumerRecord<String, String>> records, UUID aggregateId) {
        return records.stream()
                .filter(r -> matches(r, aggregateId, "unionhub.kittest.parcel.weighed.v1"))
                .map(r -> readStep(r.value()))
                .toList();
    }

    private int readStep(String value) {
        try {
            return json.readTree(value).get("data").get("step").asInt();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
