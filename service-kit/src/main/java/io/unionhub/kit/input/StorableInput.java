package io.unionhub.kit.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * What PostgreSQL can store, checked at the door rather than found out as a 500: text holds no NUL character (and
 * is valid Unicode), a date, an id or an enum name is exactly that (no padding for Jackson to trim), a date or
 * instant lies in the years 1 to 9999 (ISO 8601's four-digit years; PostgreSQL would
 * take some of the others and refuse the rest). JSON bodies are checked by {@link #jsonModule()}, path and query
 * parameters by {@link StorableParams}, URIs by {@link RequestShape}, and what reaches an entity by
 * {@link StorableColumns}.
 */
public final class StorableInput {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    private StorableInput() {
    }

    /** The message key of what is wrong with this text, or null when it can be stored. */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "problem.field.nul";
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "problem.field.not-unicode";
                }
                i++;
            }
        }
        return onlyInvisible(text) ? "problem.field.invisible" : null;
    }

    /**
     * Text made only of spaces and invisible characters, at least one of them not an ASCII space: a no-break or
     * ideographic space, a zero-width space. {@code @NotBlank} takes those for text, so "\u00a0" would pass as a name;
     * plain ASCII blanks are left to {@code @NotBlank} (optional fields may hold them).
     */
    private static boolean onlyInvisible(String text) {
        boolean unusual = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean blank = Character.isWhitespace(cp) || type == Character.SPACE_SEPARATOR
                    || type == Character.FORMAT;
            if (!blank) {
                return false;
            }
            unusual |= cp > 0x7f;
        }
        return unusual;
    }

    /** Whether a date or instant lies in the years the platform stores. */
    public static boolean storableYear(TemporalAccessor value) {
        int year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                : value.get(ChronoField.YEAR);
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** The Jackson module that refuses unstorable text and dates in request bodies, naming the field. */
    public static Module jsonModule() {
        SimpleModule module = new SimpleModule("unionhub-storable-input");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == String.class || type == UUID.class || isDateOrInstant(type) ? new Checked(deserializer)
                        : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new Checked(deserializer);
            }
        });
        return module;
    }

    /** No space or control character around or inside a date, an id or a name from a list. */
    private static boolean isExact(String text) {
        return text.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
    }

    static boolean isDateOrInstant(Class<?> type) {
        return type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == Instant.class;
    }

    /** A value of the right JSON type that cannot be stored; {@code messageKey} says why. */
    public static final class UnstorableValueException extends MismatchedInputException {

        private final String messageKey;

        UnstorableValueException(JsonParser parser, Class<?> type, String messageKey) {
            super(parser, messageKey, type);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** An id as the API writes it: 36 characters, hexadecimal digits in 8-4-4-4-12. */
    public static final java.util.regex.Pattern CANONICAL_UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Runs the standard deserializer, then checks the value. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (isDateOrInstant(handledType()) && parser.currentToken() != JsonToken.VALUE_STRING) {
                // Jackson also takes [2024, 1, 1] (and a number for an instant): the API writes dates as ISO text
                throw new UnstorableValueException(parser, handledType(), "problem.field.date-as-text");
            }
            if (handledType() != String.class && parser.currentToken() == JsonToken.VALUE_STRING
                    && !isExact(parser.getText())) {
                // Jackson trims a date, an id or an enum name: "\u00002024-03-01" would pass as 2024-03-01
                throw new UnstorableValueException(parser, handledType(), "problem.field.not-exact");
            }
            if (handledType() == UUID.class && parser.currentToken() == JsonToken.VALUE_STRING
                    && !CANONICAL_UUID.matcher(parser.getText()).matches()) {
                // Jackson also reads a 24-character base64 form: one id, one spelling
                throw new UnstorableValueException(parser, handledType(), "problem.field.not-an-id");
            }
            Object value = _delegatee.deserialize(parser, context);
            String problem = null;
            if (value instanceof String text) {
                problem = textProblem(text);
            } else if (value instanceof TemporalAccessor temporal && !storableYear(temporal)) {
                problem = "problem.field.year-range";
            }
            if (problem != null) {
                throw new UnstorableValueException(parser, handledType(), problem);
            }
            return value;
        }
    }
}
