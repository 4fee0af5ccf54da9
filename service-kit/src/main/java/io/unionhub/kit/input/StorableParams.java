package io.unionhub.kit.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Date and instant path or query parameters in ISO 8601 within the years 1 to 9999: {@code ?from=+5874898-01-01}
 * is a 400 problem, not a database error. Ids (UUIDs) in their canonical 36-character form only: the JDK would read
 * {@code 1-1-1-1-1} as {@code 00000001-0001-…}, so two spellings would name one record.
 */
@Provider
public class StorableParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ? extends TemporalAccessor> parse = null;
        if (rawType == LocalDate.class) {
            parse = LocalDate::parse;
        } else if (rawType == LocalDateTime.class) {
            parse = LocalDateTime::parse;
        } else if (rawType == OffsetDateTime.class) {
            parse = OffsetDateTime::parse;
        } else if (rawType == ZonedDateTime.class) {
            parse = ZonedDateTime::parse;
        } else if (rawType == Instant.class) {
            parse = Instant::parse;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) CANONICAL_UUID;
        }
        return parse == null ? null : (ParamConverter<T>) new StorableDate<>(parse);
    }

    private static final ParamConverter<UUID> CANONICAL_UUID = new ParamConverter<>() {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            if (!StorableInput.CANONICAL_UUID.matcher(value).matches()) {
                throw new IllegalArgumentException("not a canonical UUID");
            }
            return UUID.fromString(value);
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    };

    private record StorableDate<T extends TemporalAccessor>(Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            T parsed = parse.apply(value.strip());
            if (!StorableInput.storableYear(parsed)) {
                // read as an unreadable parameter: a 400 validation problem
                throw new IllegalArgumentException("year out of range");
            }
            return parsed;
        }

        @Override
        public String toString(T value) {
            return value.toString();
        }
    }
}
