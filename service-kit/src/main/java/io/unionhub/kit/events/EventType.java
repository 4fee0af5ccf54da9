package io.unionhub.kit.events;

import java.util.regex.Pattern;

/**
 * One kind of event, declared once beside its data record: the aggregate it is about (its events share the
 * aggregate's key, so they stay in order), its versioned type after the program prefix, and the record its data is.
 * {@link EventPublisher} takes the declaration, so a call cannot pair a type with the wrong aggregate or data:
 *
 * <pre>{@code
 * public static final EventType<CohortScheduled> SCHEDULED =
 *         EventType.of("cohort", "cohort.scheduled.v1", CohortScheduled.class);
 * }</pre>
 */
public record EventType<D extends Record>(String aggregateType, String type, Class<D> dataType) {

    /** {@code <what>.<happened>.v<N>}: lower-case words and dashes, a version last. */
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*");
    private static final Pattern AGGREGATE = Pattern.compile("[a-z][a-z0-9-]*");

    public EventType {
        if (!AGGREGATE.matcher(aggregateType).matches() || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("an event type is like cohort / cohort.scheduled.v1, not "
                    + aggregateType + " / " + type);
        }
    }

    public static <D extends Record> EventType<D> of(String aggregateType, String type, Class<D> dataType) {
        return new EventType<>(aggregateType, type, dataType);
    }
}
