package io.unionhub.ops.projection;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.unionhub.kit.consumer.IdempotentConsumer;
import io.unionhub.ops.stream.FigureStream;

/**
 * The four programs' topics, in batches (one transaction each: a backlog is absorbed at thousands of events a second).
 * Each batch goes to every generation being fed, deduplicated per generation, so a rebuild running meanwhile misses
 * nothing that arrives while it replays. The stream is told which programs' live figures moved.
 */
@ApplicationScoped
public class FigureConsumer {

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    Generations generations;

    @Inject
    Projector projector;

    @Inject
    FigureStream stream;

    @Inject
    MeterRegistry metrics;

    @Incoming("program-events")
    @Blocking
    public void on(List<String> values) {
        Set<String> changed = idempotent.consumeBatch(values, batch -> {
            Set<String> live = Set.of();
            for (Generation generation : generations.fed()) {
                boolean isLive = generation.state == Generation.State.LIVE;
                Set<String> programs = projector.apply(generation.id,
                        batch.firstDeliveries(Generation.consumerScope(generation.id)), isLive);
                if (isLive) {
                    live = programs;
                }
            }
            if (batch.unreadable() > 0) {
                metrics.counter("unionhub_ops_unreadable_records").increment(batch.unreadable());
            }
            return live;
        });
        stream.changed(changed);
    }
}
