package io.unionhub.ops.projection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import io.unionhub.kit.consumer.MalformedEventException;

/**
 * The facts of one event's {@code data}, read strictly: a required field missing, of the wrong kind or longer than its
 * column is a {@link MalformedEventException}, so the event is skipped whole rather than half applied.
 */
public record EventData(String type, JsonNode data) {

    private static final int FIRST_YEAR = 1970;
    private static final Duration FUTURE_ALLOWED = Duration.ofHours(1);
    /** Larger counts are no real event's, and summed they could overflow a tally. */
    private static final long MAX_COUNT = 1_000_000;

    public String text(String field, int max) {
        String value = optionalText(field, max);
        if (value == null) {
            throw malformed(field);
        }
        return value;
    }

    public String optionalText(String field, int max) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().length() > max || node.textValue().indexOf('\0') >= 0) {
            throw malformed(field);
        }
        return node.textValue();
    }

    /** A count carried by an event (openings, attendance, a rating): 0 to a million, or the event is unreadable. */
    public long integer(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0
                || node.longValue() > MAX_COUNT) {
            throw malformed(field);
        }
        return node.longValue();
    }

    public LocalDate date(String field) {
        try {
            LocalDate date = LocalDate.parse(text(field, 10));
            if (date.getYear() < FIRST_YEAR) {
                throw malformed(field);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw malformed(field);
        }
    }

    public OffsetDateTime instant(String field) {
        try {
            OffsetDateTime instant = OffsetDateTime.parse(text(field, 40));
            if (!storable(instant)) {
                throw malformed(field);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw malformed(field);
        }
    }

    /**
     * A time the figures can hold: from 1970 to an hour from now (clocks drift a little, events do not come from the
     * future: one that claims to would hold "as of" there for good).
     */
    public static boolean storable(OffsetDateTime time) {
        return time != null && time.getYear() >= FIRST_YEAR
                && time.toInstant().isBefore(Instant.now().plus(FUTURE_ALLOWED));
    }

    private MalformedEventException malformed(String field) {
        return new MalformedEventException(type + " without a readable " + field, null);
    }
}
