package io.unionhub.kit.input;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON as strict as the API documents it: a field of the wrong JSON type is a 400, never quietly converted. Off are
 * the coercions Jackson allows by default ({@code 123} or {@code true} as a string, {@code "5"} as a number,
 * {@code 1.5} as an integer, {@code 1} as an enum, a day count or a date-time as a date), duplicate keys and
 * trailing tokens; on are the kit's checks that text and dates can be stored ({@link StorableInput}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature(), true);
        // java.time: ISO text only (no epoch numbers, no date-time where a date is expected)
        mapper.setDefaultLeniency(Boolean.FALSE);
        // a number or a boolean is not text; text is not a number or a boolean
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // "" is not a missing id (Jackson would read it as null)
        mapper.coercionConfigFor(LogicalType.OtherScalar).setCoercion(CoercionInputShape.EmptyString,
                CoercionAction.Fail);
        mapper.registerModule(StorableInput.jsonModule());
    }
}
