package io.unionhub.kit.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code true} or {@code false}, nothing else, for boolean parameters: JAX-RS would read {@code ?atomic=yes} as false
 * and quietly do the opposite of what the caller meant. Anything else is a 400 problem.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    private static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not true or false: " + value);
            };
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class || rawType == boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}
