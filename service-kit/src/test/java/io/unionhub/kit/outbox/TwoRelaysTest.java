package io.unionhub.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import io.unionhub.kit.config.KitConfig;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;

/**
 * Two replicas of a service relay one outbox: the application's relay and a second one with its own Kafka producer,
 * both running while writers keep committing. The advisory lock lets one relay at a time, so order holds.
 */
@QuarkusTest
@WithKafkaBroker
class TwoRelaysTest {

    private static final int PARCELS = 8;
    private static final int STEPS = 60;
    private static final String WEIGHED = "unionhub.kittest.parcel.weighed.v1";

    @Inject
    ParcelService parcels;

    @Inject
    KitConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void twoRelaysOnOneDatabaseNeverPublishOutOfOrderOrTwice() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < PARCELS; i++) {
            ids.add(parcels.register("replica " + i, 1).id);
        }
        OutboxRelay secondReplica = secondRelay();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(PARCELS / 2 + 1);
        try {
            Future<Integer> relaying = pool.submit(() -> {
                int published = 0;
                while (writing.get() || pending() > 0) {
                    published += secondReplica.relayPending();
                }
                return published;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < PARCELS / 2; w++) {
                List<UUID> mine = ids.subList(w * 2, w * 2 + 2); // two writers never share a parcel
                writers.add(pool.submit(() -> {
                    for (int step = 1; step <= STEPS; step++) {
                        for (UUID id : mine) {
                            parcels.weigh(id, step, step, false);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            assertTrue(relaying.get(2, TimeUnit.MINUTES) > 0, "the second replica did relay some of the events");
        } finally {
            pool.shutdownNow();
            secondReplica.stop(null);
        }

        Set<String> keys = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        Map<String, List<Integer>> stepsByParcel = new HashMap<>();
        List<String> eventIds = new ArrayList<>();
        try (TopicReader reader = new TopicReader(bootstrapServers, OutboxRelayTest.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    seen -> seen.stream().filter(r -> keys.contains(r.key()) && r.value().contains(WEIGHED)).count()
                            >= PARCELS * STEPS, Duration.ofMinutes(1));
            for (ConsumerRecord<String, String> record : records) {
                if (!keys.contains(record.key())) {
                    continue; // other tests' records
                }
                JsonNode event = json.readTree(record.value());
                if (WEIGHED.equals(event.get("type").asText())) {
                    eventIds.add(event.get("id").asText());
                    stepsByParcel.computeIfAbsent(record.key(), k -> new ArrayList<>())
                            .add(event.get("data").get("step").asInt());
                }
            }
        }

        assertEquals(PARCELS * STEPS, eventIds.size(), "every event arrived");
        assertEquals(eventIds.size(), Set.copyOf(eventIds).size(), "no event was published by both relays");
        List<Integer> inOrder = IntStream.rangeClosed(1, STEPS).boxed().toList();
        for (String key : keys) {
            assertEquals(inOrder, stepsByParcel.get(key), "in order for parcel " + key);
        }
        assertTrue(pending() == 0);
    }

    /** Another instance of the relay, wired like the application's, as a second replica would be. */
    private OutboxRelay secondRelay() {
        OutboxRelay relay = new OutboxRelay();
        relay.config = config;
        relay.entityManager = entityManager;
        relay.objectMapper = json;
        relay.kafkaConfig = kafkaConfig;
        relay.registry = registry;
        return relay;
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null and parkedAt is null"));
    }
}
