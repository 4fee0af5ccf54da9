package io.unionhub.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.devstack.LocalKafkaBroker;
import io.unionhub.kit.sample.Parcel;
import io.unionhub.kit.sample.ParcelNotices;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.KafkaBrokerResource;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;

/** The broker goes away while the service keeps working; nothing is lost and nothing is applied twice. */
@QuarkusTest
@WithKafkaBroker
class BrokerOutageTest {

    private static final int AGGREGATES = 20;
    private static final int STEPS = 50;
    private static final int STEPS_WHILE_IT_RETURNS = 20;
    private static final int EVENTS = AGGREGATES * (STEPS + STEPS_WHILE_IT_RETURNS);
    private static final String WEIGHED = "unionhub.kittest.parcel.weighed.v1";

    @Inject
    ParcelService parcels;

    @Inject
    ParcelNotices notices;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void writesSucceedWhileKafkaIsDownAndAllEventsArriveInOrderOnceItIsBack() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            ids.add(parcels.register("outage " + i, 1).id);
        }
        LocalKafkaBroker broker = KafkaBrokerResource.broker();
        broker.stop();
        try {
            for (int step = 1; step <= STEPS; step++) {
                for (UUID id : ids) {
                    parcels.weigh(id, step, step, false); // 1,000 writes, each its own committed transaction
                }
            }
            long pending = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null"));
            assertTrue(pending >= AGGREGATES * STEPS, "the events wait in the outbox: " + pending);
            // the service stays ready (it takes writes); health and the lag gauges show what is wrong
            given().when().get("/q/health/ready").then().statusCode(200);
            given().when().get("/q/health").then().statusCode(503)
                    .body("checks.find { it.name == 'Kafka' }.status", equalTo("DOWN"));
            String metrics = given().when().get("/q/metrics").then().extract().asString();
            double shown = metrics.lines().filter(line -> line.startsWith("unionhub_outbox_pending "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst()
                    .orElse(-1);
            assertTrue(shown >= AGGREGATES * STEPS, "the lag gauge shows the waiting rows: " + shown);
        } finally {
            // the broker comes back while the writes go on: batches in flight meet it half-way
            Thread restart = new Thread(broker::start);
            restart.start();
            for (int step = STEPS + 1; step <= STEPS + STEPS_WHILE_IT_RETURNS; step++) {
                for (UUID id : ids) {
                    parcels.weigh(id, step, step, false);
                }
            }
            restart.join();
        }

        Map<String, List<Integer>> stepsByParcel = new HashMap<>();
        Set<String> eventIds = new LinkedHashSet<>();
        int weighedRecords = 0;
        try (TopicReader reader = new TopicReader(bootstrapServers, OutboxRelayTest.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    seen -> countWeighed(seen, ids) >= EVENTS, Duration.ofMinutes(2));
            Set<String> keys = ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
            for (ConsumerRecord<String, String> record : records) {
                if (!keys.contains(record.key())) {
                    continue; // other tests' records
                }
                JsonNode event = json.readTree(record.value());
                if (WEIGHED.equals(event.get("type").asText())) {
                    weighedRecords++;
                }
                if (!WEIGHED.equals(event.get("type").asText()) || !eventIds.add(event.get("id").asText())) {
                    continue; // a redelivery (at least once): first arrivals count
                }
                stepsByParcel.computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(event.get("data").get("step").asInt());
            }
        }

        assertEquals(EVENTS, eventIds.size(), "none lost");
        int repeats = weighedRecords - eventIds.size();
        System.out.println("broker outage: " + weighedRecords + " records for " + eventIds.size() + " events");
        assertTrue(repeats <= 20, "a handful of repeats at most (1 %), not " + repeats);
        List<Integer> inOrder = java.util.stream.IntStream.rangeClosed(1, STEPS + STEPS_WHILE_IT_RETURNS).boxed()
                .toList();
        for (UUID id : ids) {
            assertEquals(inOrder, stepsByParcel.get(id.toString()), "in order for parcel " + id);
        }

        // the consumer applied each of them exactly once
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(
                () -> eventIds.stream().allMatch(eventId -> notices.noticesOf(eventId) >= 1));
        for (String eventId : eventIds) {
            assertEquals(1, notices.noticesOf(eventId), "one notice for event " + eventId);
        }
    }

    private long countWeighed(List<ConsumerRecord<String, String>> records, List<UUID> ids) {
        Set<String> keys = new java.util.HashSet<>();
        for (UUID id : ids) {
            keys.add(id.toString());
        }
        return records.stream().filter(r -> keys.contains(r.key()) && r.value().contains(WEIGHED))
                .map(this::eventId).distinct().count();
    }

    private String eventId(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).get("id").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
