package io.unionhub.ops.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.unionhub.kit.consumer.IdempotentConsumer;
import io.unionhub.ops.stream.FigureStream;

/**
 * Rebuilds the projections from the topics: a new generation is filled from each partition's first record up to its
 * end when the rebuild began, while the live consumer goes on feeding both the live generation and this one (each
 * deduplicates its own events, so what both see counts once). Then the new generation replaces the live one. Reads
 * keep answering from the live one throughout.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    @Inject
    Generations generations;

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    Projector projector;

    @Inject
    FigureStream stream;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.program-events.topics")
    List<String> topics;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "ops-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    /** Starts a rebuild in the background and returns its generation at once. */
    public Generation start() {
        Generation building = generations.startBuilding();
        int id = building.id;
        runner.submit(() -> run(id));
        return building;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        runner.shutdownNow();
    }

    private void run(int generation) {
        try {
            replay(generation);
            if (stopping) {
                return; // left BUILDING: found abandoned by the next rebuild
            }
            generations.promote(generation);
        } catch (RuntimeException e) {
            if (stopping) {
                return; // the stop cut the replay short: left BUILDING, as above
            }
            LOG.errorf(e, "rebuild %d failed", generation);
            generations.failed(generation, "failed; the dashboard's log says why");
            return;
        }
        LOG.infof("rebuild %d is live (the generation it replaced is deleted within two minutes)", generation);
        stream.everythingChanged();
    }

    private void replay(int generation) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            String scope = Generation.consumerScope(generation);
            while (!stopping && !caughtUp(consumer, end)) {
                List<String> values = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                            && record.value() != null) {
                        values.add(record.value());
                    }
                }
                if (!values.isEmpty()) {
                    idempotent.consumeBatch(values, batch -> projector.apply(generation, batch.firstDeliveries(scope), false));
                }
                generations.progressed(generation, values.size());
            }
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }
}
