package io.unionhub.ops.projection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.unionhub.kit.events.CloudEvent;

/**
 * What a batch of events changes in one generation, gathered in memory and written at the end of the batch: tallies
 * summed per (figure, dimension, day), rows of per-aggregate state as upserts that commute (whatever order two events
 * of different aggregates arrive in, the result is the same), and each program's watermark.
 */
public final class Changes {

    /** The dimension of a figure's total. */
    public static final String ALL = "";

    record TallyKey(String figure, String dimension, LocalDate day) implements Comparable<TallyKey> {
        @Override
        public int compareTo(TallyKey other) {
            int byFigure = figure.compareTo(other.figure);
            if (byFigure != 0) {
                return byFigure;
            }
            int byDimension = dimension.compareTo(other.dimension);
            return byDimension != 0 ? byDimension : day.compareTo(other.day);
        }
    }

    /** One state row's upsert: its statement's parameters are the generation, the key, then the values. */
    record StateRow(String key, Object[] values) {
    }

    static final class Watermark {
        OffsetDateTime lastEventTime;
        long events;
        long skipped;
    }

    private final ZoneId zone;
    final Map<TallyKey, Long> tallies = new TreeMap<>();
    /** By statement (sorted, so concurrent batches take row locks in one order), rows sorted by key. */
    final Map<String, List<StateRow>> states = new TreeMap<>();
    final Map<String, Watermark> watermarks = new HashMap<>();

    Changes(ZoneId zone) {
        this.zone = zone;
    }

    /** The day an event counts under: its time's date in the federation's zone. */
    public LocalDate day(CloudEvent event) {
        return event.time().atZoneSameInstant(zone).toLocalDate();
    }

    /** Adds to a figure's total on a day and to each dimension given (null ones left out). */
    public void count(String figure, LocalDate day, long delta, String... dimensions) {
        tallies.merge(new TallyKey(figure, ALL, day), delta, Long::sum);
        for (String dimension : dimensions) {
            if (dimension != null) {
                tallies.merge(new TallyKey(figure, dimension, day), delta, Long::sum);
            }
        }
    }

    /** Upserts a state row with a statement whose parameters are (generation, key, values…). */
    public void state(String upsert, String key, Object... values) {
        states.computeIfAbsent(upsert, statement -> new ArrayList<>()).add(new StateRow(key, values));
    }

    /** Counts an event of a program; its time (null for one skipped) moves the watermark. */
    void seen(String program, OffsetDateTime time, boolean skipped) {
        Watermark watermark = watermarks.computeIfAbsent(program, p -> new Watermark());
        if (time != null && (watermark.lastEventTime == null || time.isAfter(watermark.lastEventTime))) {
            watermark.lastEventTime = time;
        }
        watermark.events++;
        if (skipped) {
            watermark.skipped++;
        }
    }

    boolean isEmpty() {
        return watermarks.isEmpty();
    }
}
