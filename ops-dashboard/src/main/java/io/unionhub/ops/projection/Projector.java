package io.unionhub.ops.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.unionhub.kit.consumer.MalformedEventException;
import io.unionhub.kit.events.CloudEvent;
import io.unionhub.ops.config.OpsConfig;

/**
 * Folds events into one generation's figures: each program's projection records what an event changes, then the
 * batch's changes are written in a few batched statements. An event of a type no projection knows, or whose data
 * cannot be read, is counted as skipped (per program, and per type under {@code ops.skipped-events}), never
 * dead-lettered: the figures go on without it.
 */
@ApplicationScoped
public class Projector {

    private static final Logger LOG = Logger.getLogger(Projector.class);
    /** The figure counting skipped events, by type. */
    public static final String SKIPPED = "ops.skipped-events";
    private static final String TYPE_PREFIX = "unionhub.";
    private static final String UNKNOWN = "unknown";
    private static final int MAX_DIMENSION = 140;

    private final Map<String, ProgramProjection> projections;

    @Inject
    EntityManager entityManager;

    @Inject
    OpsConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    Projector(Instance<ProgramProjection> projections) {
        this.projections = projections.stream()
                .collect(Collectors.toMap(ProgramProjection::program, Function.identity()));
    }

    /**
     * Applies events (already deduplicated for this generation) inside the caller's transaction.
     *
     * @param live whether it is the live generation (the one whose skipped events the metrics count)
     * @return the programs whose figures changed
     */
    public Set<String> apply(int generation, List<CloudEvent> events, boolean live) {
        Changes changes = new Changes(config.zone());
        for (CloudEvent event : events) {
            ProgramProjection projection = projections.get(programOf(event.type()));
            // a program no projection reads is "unknown": what a producer writes never names a metric or a row
            String program = projection == null ? UNKNOWN : projection.program();
            boolean dated = EventData.storable(event.time());
            boolean known = false;
            if (dated && event.data() != null && projection != null) {
                try {
                    known = projection.apply(event, new EventData(event.type(), event.data()), changes);
                } catch (MalformedEventException e) {
                    LOG.warnf("event %s skipped: %s", event.id(), e.getMessage());
                }
            }
            if (!known) {
                if (live) { // once, not again for a rebuild's generation
                    metrics.counter("unionhub_ops_skipped_events", "program", program).increment();
                }
                if (dated) {
                    changes.count(SKIPPED, changes.day(event), 1, dimension("type", event.type()));
                }
            }
            // only an event folded in moves "as of": what the figures reflect
            changes.seen(program, known ? event.time() : null, !known);
        }
        if (!changes.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> write(connection, generation, changes));
        }
        Set<String> changed = new TreeSet<>(changes.watermarks.keySet());
        changed.remove(UNKNOWN);
        return changed;
    }

    /** A dimension value {@code kind:value}, cut to the column's length. */
    public static String dimension(String kind, String value) {
        if (value == null) {
            return null;
        }
        String dimension = kind + ":" + value;
        return dimension.length() > MAX_DIMENSION ? dimension.substring(0, MAX_DIMENSION) : dimension;
    }

    /** The program a type names ({@code unionhub.<program>.…}), or "" for a type of no program. */
    private static String programOf(String type) {
        int end = type.indexOf('.', TYPE_PREFIX.length());
        return type.startsWith(TYPE_PREFIX) && end > 0 ? type.substring(TYPE_PREFIX.length(), end) : "";
    }

    /** Rows split so that no key appears twice in a round, each round sorted by key (one lock order). */
    private static List<List<Changes.StateRow>> rounds(List<Changes.StateRow> rows) {
        List<List<Changes.StateRow>> rounds = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Changes.StateRow row : rows) {
            int round = seen.merge(row.key(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(row);
        }
        rounds.forEach(round -> round.sort(Comparator.comparing(Changes.StateRow::key)));
        return rounds;
    }

    private static void write(Connection connection, int generation, Changes changes) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into tally (generation, figure, dimension, day, value) values (?, ?, ?, ?, ?)
                on conflict (generation, figure, dimension, day) do update set value = tally.value + excluded.value""")) {
            for (Map.Entry<Changes.TallyKey, Long> tally : changes.tallies.entrySet()) {
                upsert.setInt(1, generation);
                upsert.setString(2, tally.getKey().figure());
                upsert.setString(3, tally.getKey().dimension());
                upsert.setObject(4, tally.getKey().day());
                upsert.setLong(5, tally.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        for (Map.Entry<String, List<Changes.StateRow>> state : changes.states.entrySet()) {
            try (PreparedStatement upsert = connection.prepareStatement(state.getKey())) {
                // the driver folds a batch into one multi-row insert, where one key may appear only once: a key's
                // second row goes in the next round
                for (List<Changes.StateRow> round : rounds(state.getValue())) {
                    for (Changes.StateRow row : round) {
                        upsert.setInt(1, generation);
                        upsert.setString(2, row.key());
                        for (int i = 0; i < row.values().length; i++) {
                            upsert.setObject(i + 3, row.values()[i]);
                        }
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                }
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into watermark (generation, program, last_event_time, events, skipped) values (?, ?, ?, ?, ?)
                on conflict (generation, program) do update set
                    last_event_time = greatest(watermark.last_event_time, excluded.last_event_time),
                    events = watermark.events + excluded.events, skipped = watermark.skipped + excluded.skipped""")) {
            for (String program : new TreeSet<>(changes.watermarks.keySet())) {
                Changes.Watermark watermark = changes.watermarks.get(program);
                upsert.setInt(1, generation);
                upsert.setString(2, program);
                upsert.setTimestamp(3, watermark.lastEventTime == null ? null
                        : Timestamp.from(watermark.lastEventTime.toInstant()));
                upsert.setLong(4, watermark.events);
                upsert.setLong(5, watermark.skipped);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
