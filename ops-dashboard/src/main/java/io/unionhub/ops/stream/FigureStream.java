package io.unionhub.ops.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import io.unionhub.ops.alert.AlertView;
import io.unionhub.ops.alert.Alerts;
import io.unionhub.ops.config.OpsConfig;
import io.unionhub.ops.figures.Figures;
import io.unionhub.ops.figures.ProgramFigures;

/**
 * The live push behind {@code /api/ops/stream}. Consumers mark the programs whose figures moved; every
 * {@code unionhub.ops.stream.every} the marked ones are read once and sent to every listener, so a burst of events is
 * one message per program, not one per event. A new listener first gets every program's figures and the open alerts.
 * Each figures message carries a revision: a client keeps, per program, the first message with the highest (one of an
 * equal revision is no newer).
 */
@ApplicationScoped
public class FigureStream {

    private static final Logger LOG = Logger.getLogger(FigureStream.class);

    /** The figures of one program as read at a revision (the stream's `figures` message). */
    public record FiguresMessage(long revision, ProgramFigures figures) {
    }

    /** Fed by the push thread and the alert check's: serialised, as a processor takes one caller at a time. */
    private final SerializedProcessor<Message, Message> updates = BroadcastProcessor.<Message>create().serialized();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final AtomicLong revision = new AtomicLong();
    /** A revision is taken and its figures read under this: a higher revision is always a later reading. */
    private final Object reading = new Object();
    private final AtomicInteger listeners = new AtomicInteger();
    /** Stopping: a page that reconnects to this process meanwhile gets an ended stream (and reconnects elsewhere). */
    private volatile boolean closing;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ops-stream");
        thread.setDaemon(true);
        return thread;
    });

    /** A message on the stream: its event name and its JSON data. */
    private record Message(String name, Object data) {
    }

    /** A comment line that keeps an idle connection open. */
    private static final Message KEEP_ALIVE = new Message(null, "keep-alive");
    /** Sent to every listener as the process begins to stop: their streams end (the page reconnects elsewhere). */
    private static final Message CLOSING = new Message(null, "closing");

    @Inject
    Figures figures;

    @Inject
    Alerts alerts;

    @Inject
    OpsConfig config;

    void start(@Observes StartupEvent started) {
        long every = config.stream().every().toMillis();
        ticker.scheduleWithFixedDelay(this::sendChanges, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * The process is stopping (readiness already down): the streams end now, or their open requests would hold the
     * graceful stop for its whole time limit.
     */
    void closeStreams(@Observes ShutdownDelayInitiatedEvent stopping) {
        closing = true;
        updates.onNext(CLOSING);
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        updates.onComplete();
    }

    /** The live figures of these programs moved (called after the change committed). */
    public void changed(Set<String> programs) {
        changed.addAll(programs);
    }

    /** Every program's figures moved (a rebuild replaced them). */
    public void everythingChanged() {
        changed.addAll(figures.programs());
    }

    /** An alert was raised or cleared (called after it committed). */
    public void alert(AlertView alert) {
        updates.onNext(new Message("alert", alert));
    }

    /** A listener's stream: the current state first, then changes, and a comment line now and then. */
    public Multi<OutboundSseEvent> listen(Sse sse) {
        return Multi.createFrom().deferred(this::messages)
                .map(message -> message == KEEP_ALIVE ? sse.newEventBuilder().comment("keep-alive").build()
                        : sse.newEventBuilder().name(message.name()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                                .data(message.data()).build());
    }

    /**
     * One listener's messages: the current state, then the updates, with the heartbeats. The updates are listened to
     * (at once, as the listener subscribes) before the state is read, and held until it is sent: none pushed meanwhile
     * is lost, none comes before the state. Whatever ends the stream — the listener leaving, the state unreadable,
     * the process stopping — ends the listening too.
     */
    private Multi<Message> messages() {
        // built before listening begins: nothing can fail between it and the stream that ends it
        Multi<Message> state = Uni.createFrom().item(this::currentState)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) // a database read: off the event loop
                .onItem().transformToMulti(messages -> Multi.createFrom().iterable(messages));
        Multi<Message> heartbeats = Multi.createFrom().ticks().every(config.stream().heartbeat())
                .map(tick -> KEEP_ALIVE);
        // a listener may fall 256 messages behind; further behind, its stream fails alone (the page reconnects)
        UnicastProcessor<Message> held = UnicastProcessor.create(new ArrayBlockingQueue<>(256), null);
        Cancellable listening = Multi.createFrom().publisher(updates)
                .onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(listeners::decrementAndGet)
                .subscribe().with(held::onNext, held::onError, () -> {
                    held.onNext(CLOSING);
                    held.onComplete();
                });
        // checked after listening: a stop that began before it is seen here, one after it sends CLOSING to it
        if (closing) {
            listening.cancel();
            return Multi.createFrom().empty();
        }
        // one message asked of each at a time, so the 256 above is the whole slack, and a listener that reads
        // nothing fails at its second heartbeat not taken (rather than holding a stream, and a stop, for long)
        return Multi.createBy().merging().withRequests(1)
                .streams(Multi.createBy().concatenating().streams(state, held), heartbeats)
                .select().first(message -> message != CLOSING)
                .onTermination().invoke(listening::cancel);
    }

    /** How many listeners are listening to the updates now. */
    int listeners() {
        return listeners.get();
    }

    /**
     * Read with its revision under {@link #reading}, as a push is: a push of the same revision read its figures
     * before, so a client may drop it when it comes after the state.
     */
    private List<Message> currentState() {
        List<Message> state = new ArrayList<>();
        synchronized (reading) {
            long now = revision.get();
            figures.all().forEach(program -> state.add(new Message("figures", new FiguresMessage(now, program))));
        }
        state.add(new Message("alerts", alerts.open()));
        return state;
    }

    private void sendChanges() {
        if (changed.isEmpty()) {
            return;
        }
        Set<String> programs = new HashSet<>(changed);
        changed.removeAll(programs);
        if (listeners.get() == 0) {
            return; // nobody to tell; a new listener reads the current state
        }
        List<Message> messages = new ArrayList<>();
        try {
            synchronized (reading) {
                long next = revision.incrementAndGet();
                for (String program : programs) {
                    messages.add(new Message("figures", new FiguresMessage(next, figures.of(program))));
                }
            }
        } catch (RuntimeException e) {
            // the database away: tried again at the next push
            changed.addAll(programs);
            LOG.warnf("figures not pushed: %s", e.getClass().getSimpleName());
            return;
        }
        messages.forEach(updates::onNext);
    }
}
