package io.unionhub.kit.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts records on a topic of the test broker as another service's relay would: keyed, CloudEvent header set. */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(config);
    }

    /** Sends a structured CloudEvent and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String cloudEvent) throws Exception {
        producer.send(record(topic, key, cloudEvent)).get(30, TimeUnit.SECONDS);
    }

    /** Sends many (key, CloudEvent) records without waiting for each, then waits until the broker has them all. */
    public void sendAll(String topic, List<Map.Entry<String, String>> records) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        for (Map.Entry<String, String> record : records) {
            sent.add(producer.send(record(topic, record.getKey(), record.getValue())));
        }
        producer.flush();
        for (Future<RecordMetadata> acknowledged : sent) {
            acknowledged.get(30, TimeUnit.SECONDS);
        }
    }

    private static ProducerRecord<String, String> record(String topic, String key, String cloudEvent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, cloudEvent);
        record.headers().add("content-type",
                "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Override
    public void close() {
        producer.close();
    }
}
