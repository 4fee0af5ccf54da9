package io.unionhub.ops.projection;

import java.math.BigDecimal;
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
    private static final int LAST_YEAR = 9999;

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

    public long integer(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
            throw malformed(field);
        }
        return node.longValue();
    }

    public BigDecimal decimal(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isNumber()) {
            throw malformed(field);
        }
        return node.decimalValue();
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

    /** A time the figures can hold: from 1970 to 9999 (PostgreSQL refuses some years a Java time accepts). */
    public static boolean storable(OffsetDateTime time) {
        return time != null && time.getYear() >= FIRST_YEAR && time.getYear() <= LAST_YEAR;
    }

    private MalformedEventException malformed(String field) {
        return new MalformedEventException(type + " without a readable " + field, null);
    }
}
