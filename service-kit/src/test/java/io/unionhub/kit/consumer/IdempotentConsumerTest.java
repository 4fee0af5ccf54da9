package io.unionhub.kit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.events.CloudEvent;
import io.unionhub.kit.sample.Parcel;
import io.unionhub.kit.sample.ParcelNotices;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class IdempotentConsumerTest {

    private static final String TOPIC = "unionhub.kittest.events";
    private static final String DLQ = "unionhub.kittest.dlq";

    @Inject
    ParcelNotices notices;

    @Inject
    ParcelService parcels;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventDeliveredTwiceHasItsSideEffectOnce() throws Exception {
        String parcelId = UUID.randomUUID().toString();
        CloudEvent event = event(parcelId, 7);
        CloudEvent later = event(parcelId, 8);
        try (KafkaProducer<String, String> producer = producer()) {
            String value = json.writeValueAsString(event);
            producer.send(new ProducerRecord<>(TOPIC, parcelId, value)).get();
            producer.send(new ProducerRecord<>(TOPIC, parcelId, value)).get(); // Kafka redelivers: at least once
            producer.send(new ProducerRecord<>(TOPIC, parcelId, json.writeValueAsString(later))).get();
        }

        // same key, same partition: once the later event is applied, both copies of the first have been consumed
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices.noticesOf(later.id()) == 1);
        assertEquals(1, notices.noticesOf(event.id()));
    }

    @Test
    void anEventThatMeetsTheDatabaseAwayIsTriedAgainUntilItGoesThroughNeverDeadLettered() throws Exception {
        String parcelId = UUID.randomUUID().toString();
        CloudEvent flaky = event(parcelId, Integer.parseInt(ParcelNotices.FLAKY_WEIGHT));
        CloudEvent after = event(parcelId, 8);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, parcelId, json.writeValueAsString(flaky))).get();
            producer.send(new ProducerRecord<>(TOPIC, parcelId, json.writeValueAsString(after))).get();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notices.noticesOf(flaky.id()) == 1);
        assertTrue(notices.attemptsAt(flaky.id()) > ParcelNotices.FLAKY_ATTEMPTS, "tried again, not given up");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices.noticesOf(after.id()) == 1);
        try (TopicReader dlq = new TopicReader(bootstrapServers, DLQ)) {
            assertTrue(dlq.readFor(Duration.ofSeconds(3)).stream().noneMatch(r -> parcelId.equals(r.key())),
                    "nothing of this parcel was dead-lettered");
        }
    }

    @Test
    void anEventThatKeepsFailingGoesToTheDeadLetterTopicAndTheNextOneIsProcessed() {
        Parcel parcel = parcels.register("cursed", Integer.parseInt(ParcelNotices.EXPLODING_WEIGHT));
        parcels.weigh(parcel.id, 2, 1, false);

        try (TopicReader dlq = new TopicReader(bootstrapServers, DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(
                    seen -> seen.stream().anyMatch(r -> parcel.id.toString().equals(r.key())), Duration.ofSeconds(60));
            ConsumerRecord<String, String> record = dead.stream().filter(r -> parcel.id.toString().equals(r.key()))
                    .findFirst().orElseThrow(() -> new AssertionError("the failing event never reached the DLQ"));
            assertTrue(record.value().contains("unionhub.kittest.parcel.registered.v1"));
            assertTrue(record.headers().lastHeader("dead-letter-reason") != null, "the reason travels with it");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices.noticesAboutParcel(parcel.id) == 1);
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopic() throws Exception {
        String key = "garbage-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, key, "this is not json")).get();
        }
        try (TopicReader dlq = new TopicReader(bootstrapServers, DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(
                    seen -> seen.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(60));
            assertTrue(dead.stream().anyMatch(r -> key.equals(r.key()) && r.value().equals("this is not json")));
        }
    }

    private CloudEvent event(String parcelId, int weight) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/unionhub/kittest", "unionhub.kittest.parcel.weighed.v1",
                parcelId, OffsetDateTime.now(), json.valueToTree(Map.of("parcelId", parcelId, "weight", weight)));
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
