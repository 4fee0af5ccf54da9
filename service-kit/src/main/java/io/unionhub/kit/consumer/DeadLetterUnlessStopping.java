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
import io.unionhub.kit.problem.Causes;
import io.vertx.mutiny.core.Vertx;

/**
 * The consumers' failure strategy ({@code failure-strategy=unionhub-dead-letter-queue}): the connector's dead-letter
 * queue for what can never succeed, but never for a record whose side effect was still being retried for a reason
 * that passes when the application stopped. The retry runs for as long as it takes, so such a record only fails when
 * the stop interrupts it; dead-lettering it would take a good event out of its partition's order. It is left
 * unacknowledged instead: its offset is not committed, and the next consumer of the partition reads it again.
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

    /** Whether a failure goes to the dead-letter topic: not a retry cut short by the application's stop. */
    boolean deadLetters(Throwable reason) {
        return !stopping && Causes.find(reason, TransientConsumerFailure.class) == null;
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
            if (deadLetters(reason)) {
                return deadLetters.handle(record, reason, metadata);
            }
            LOG.warnf("%s: the record at %s-%d@%d is left for the partition's next consumer, not dead-lettered: its "
                    + "retry was cut short by the stop (%s)", channel, record.getTopic(), record.getPartition(),
                    record.getOffset(), reason.getClass().getSimpleName());
            return Uni.createFrom().voidItem();
        }

        @Override
        public void terminate() {
            deadLetters.terminate();
        }
    }
}
