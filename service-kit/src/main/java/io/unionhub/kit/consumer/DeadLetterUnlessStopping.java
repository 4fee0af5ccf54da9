package io.unionhub.kit.consumer;

import java.util.function.BiConsumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The consumers' failure strategy ({@code failure-strategy=unionhub-dead-letter-queue}): the connector's dead-letter
 * queue, except while the application stops. A side effect that fails for a reason that passes is retried for as long
 * as it takes ({@link IdempotentConsumer}), so a good event only fails when the stop cuts its retry short (with an
 * interruption, a closed pool, whatever the stop throws); dead-lettering it would take it out of its partition's
 * order. Once the stop has begun, a failed record is left unacknowledged instead: its offset is not committed, and the
 * partition's next consumer reads it again. While running, every failure is dead-lettered (replayable), never held:
 * a held record would stop the partition's offset commits for as long as the application runs.
 *
 * <p>Wrapping hides the dead-letter handler's type from the connector, which checks it to dead-letter records its
 * deserializer flagged ({@code deserialization-failure-dlq}); the consumers read plain strings, which always
 * deserialize, so none are flagged.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "unionhub-dead-letter-queue";
    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    private volatile boolean stopping;

    /** Before the connector stops its channels, so that a retry it interrupts is known for what it is. */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new Handler(deadLetterQueue.create(config, vertx, consumer, reportFailure), config.getChannel());
    }

    /** Whether a failure goes to the dead-letter topic: any while running, none once the stop has begun. */
    boolean deadLetters() {
        return !stopping;
    }

    private final class Handler implements KafkaFailureHandler {

        private final KafkaFailureHandler deadLetters;
        private final String channel;

        Handler(KafkaFailureHandler deadLetters, String channel) {
            this.deadLetters = deadLetters;
            this.channel = channel;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (deadLetters()) {
                return deadLetters.handle(record, reason, metadata);
            }
            LOG.warnf("%s: the record at %s-%d@%d failed while the application stops (%s): left for the partition's "
                    + "next consumer, not dead-lettered", channel, record.getTopic(), record.getPartition(),
                    record.getOffset(), reason.getClass().getSimpleName());
            return Uni.createFrom().voidItem();
        }

        @Override
        public void terminate() {
            deadLetters.terminate();
        }
    }
}
