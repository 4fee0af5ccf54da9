package io.unionhub.kit.rest;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.unionhub.kit.input.StorableInput;
import io.unionhub.kit.input.StorableInput.UnstorableValueException;
import io.unionhub.kit.problem.Causes;
import io.unionhub.kit.problem.Messages;
import io.unionhub.kit.problem.Problem;
import io.unionhub.kit.problem.Problem.FieldError;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.requestid.RequestIds;

/**
 * Answers every failure as RFC 9457 problem+json, localised by Accept-Language, with the request id. Unexpected
 * errors are logged with their stack trace here and answered with a plain 500: no trace ever reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL's "value too long", "numeric out of range", "date out of range" and "NUL or bad character". */
    private static final Set<String> UNSTORABLE_VALUES = Set.of("22001", "22003", "22008", "22021", "22P05");
    /**
     * A unique-key clash, a row referred to deleted meanwhile (input is checked before it is stored, so a foreign key
     * fails only when another transaction removed the row, e.g. an erasure), a deadlock, a serialization failure, a
     * lock not granted in time.
     */
    private static final Set<String> CONCURRENT_CHANGES = Set.of("23505", "23503", "40P01", "40001", "55P03");

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uriInfo;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Locale locale = locale();
        List<FieldError> errors = e.errors() == null ? null : e.errors().stream()
                .map(error -> new FieldError(error.field(), Messages.get(locale, error.messageKey(), error.args())))
                .toList();
        return answer(e.type(), Messages.get(locale, e.detailKey(), e.detailArgs()), errors);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        Locale locale = locale();
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return answer(ProblemType.VALIDATION, Messages.get(locale, "problem.validation.detail", errors.size()),
                errors);
    }

    /** A well-formed JSON body that does not fit: a field of the wrong type, an unknown field, a bad value. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        Locale locale = locale();
        String field = jsonPath(e.getPath());
        String message;
        if (e instanceof UnstorableValueException unstorable) {
            message = Messages.get(locale, unstorable.messageKey(), StorableInput.MIN_YEAR, StorableInput.MAX_YEAR);
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            message = Messages.get(locale, "problem.field.unknown");
        } else if (e instanceof InvalidFormatException invalid) {
            message = Messages.get(locale, "problem.field.wrong-value", quoted(String.valueOf(invalid.getValue())),
                    typeName(locale, invalid.getTargetType()));
        } else {
            message = Messages.get(locale, "problem.field.wrong-type", typeName(locale, e.getTargetType()));
        }
        List<FieldError> errors = List.of(new FieldError(field.isEmpty() ? "$" : field, message));
        return answer(ProblemType.VALIDATION, Messages.get(locale, "problem.validation.detail", 1), errors);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Locale locale = locale();
        InputCoercionException number = causeOf(e, InputCoercionException.class);
        if (number != null) {
            // a valid JSON number that does not fit its field (3000000000 for an integer)
            JsonMappingException located = causeOf(e, JsonMappingException.class);
            JsonParser parser = number.getProcessor();
            String name = parser == null ? null : parser.getParsingContext().getCurrentName();
            String field = located != null && !jsonPath(located.getPath()).isEmpty() ? jsonPath(located.getPath())
                    : name == null ? "$" : name;
            return answer(ProblemType.VALIDATION, Messages.get(locale, "problem.validation.detail", 1),
                    List.of(new FieldError(field, Messages.get(locale, "problem.field.out-of-range"))));
        }
        if (e.getCause() instanceof JacksonException) {
            // the body is not JSON at all (or not the JSON shape at all): Quarkus wraps the parser's error
            return answer(ProblemType.MALFORMED_BODY, Messages.get(locale, "problem.malformed-body.detail"), null);
        }
        if (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof DateTimeException) {
            // a path or query parameter that cannot be read (JAX-RS says 404): it is the caller's input, so a 400
            return answer(ProblemType.VALIDATION, Messages.get(locale, "problem.parameter.detail"), null);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            LOG.errorf(e, "request %s failed", uriInfo.getPath());
        }
        String detail = type == ProblemType.UNSUPPORTED_MEDIA_TYPE
                ? Messages.get(locale, type.detailKey(), quoted(String.valueOf(headers.getHeaderString(
                        HttpHeaders.CONTENT_TYPE))))
                : Messages.get(locale, type.detailKey());
        return answer(type, detail, null, status);
    }

    /**
     * A body that cannot be read as sent: a malformed multipart or chunked body, a connection closed half-way. (The
     * server's own IO never throws a bare IOException up to here: the database speaks SQLException.)
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (e instanceof JacksonException || !thrownReadingTheRequest(e)) {
            // the reading side of Jackson arrives wrapped (see webApplication); any other IOException is ours
            return unexpected(e);
        }
        LOG.debugf(e, "request %s: unreadable body", uriInfo.getPath());
        return answer(ProblemType.MALFORMED_BODY, Messages.get(locale(), "problem.malformed-body.unreadable"), null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        Response problem = answer(ProblemType.UNAUTHENTICATED,
                Messages.get(locale(), "problem.unauthenticated.detail"), null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return answer(ProblemType.FORBIDDEN, Messages.get(locale(), "problem.forbidden.detail"), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        ProblemException problem = causeOf(e, ProblemException.class);
        if (problem != null) {
            // raised below a layer that wraps it (a flush at commit, a converter)
            return problem(problem);
        }
        String sqlState = sqlStateOf(e);
        if (isConcurrentChange(e, sqlState)) {
            // two requests changed the same thing at once and the database kept one: the other may retry
            return answer(ProblemType.CONFLICT, Messages.get(locale(), "problem.conflict.concurrent"), null);
        }
        if (sqlState != null && UNSTORABLE_VALUES.contains(sqlState)) {
            // input the kit's checks should have refused before it reached the database: still the caller's value
            LOG.warnf("request %s: the database refused a value (SQLSTATE %s); an input check is missing",
                    uriInfo.getPath(), sqlState);
            return answer(ProblemType.VALIDATION, Messages.get(locale(), "problem.unstorable.detail"), null);
        }
        LOG.errorf(e, "request %s failed unexpectedly", uriInfo.getPath());
        return answer(ProblemType.INTERNAL, Messages.get(locale(), "problem.internal.detail"), null);
    }

    /** Whether the HTTP server's own reading of the request threw it (its first frames are Vert.x's or RESTEasy's). */
    private static boolean thrownReadingTheRequest(IOException e) {
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 6); i++) {
            String frame = frames[i].getClassName();
            if (frame.startsWith("io.vertx.") || frame.startsWith("io.netty.")
                    || frame.startsWith("org.jboss.resteasy.reactive.server.")
                    || frame.startsWith("io.quarkus.vertx.http.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only what a concurrent request causes: a unique-key clash (two inserts of the same key), a row referred to that
     * another transaction deleted, a stale version, a deadlock, a serialization failure, a lock not granted in time.
     * A not-null or check violation is a bug, answered as one.
     */
    private static boolean isConcurrentChange(Throwable e, String sqlState) {
        if (causeOf(e, jakarta.persistence.OptimisticLockException.class) != null
                || causeOf(e, org.hibernate.StaleStateException.class) != null) {
            return true;
        }
        return sqlState != null && CONCURRENT_CHANGES.contains(sqlState);
    }

    private static String sqlStateOf(Throwable e) {
        return Causes.find(e, cause -> cause instanceof java.sql.SQLException sql && sql.getSQLState() != null)
                .map(sql -> ((java.sql.SQLException) sql).getSQLState()).orElse(null);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        return Causes.find(e, type);
    }

    /** A caller's value quoted back in a message: short, without control characters. */
    private static String quoted(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private Response answer(ProblemType type, String detail, List<FieldError> errors) {
        return answer(type, detail, errors, type.status());
    }

    private Response answer(ProblemType type, String detail, List<FieldError> errors, int status) {
        Problem problem = new Problem(type.uri(), Messages.get(locale(), type.titleKey()), status, detail,
                instance(), RequestIds.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The path called, as sent; decoded when the request URI cannot be built (from an unreadable Host). */
    private String instance() {
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return uriInfo.getPath();
        }
    }

    private Locale locale() {
        return Messages.supported(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * {@code create.body.capacity} → {@code capacity}; a parameter itself ({@code list.size}) → {@code size}; an
     * element of a list as JSON names it: {@code claims[1].amount}, {@code claims[0]} for the element itself.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // a node in an iterable carries the index of the element it is in: the previous property's
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (node.isInIterable() && position != null && !properties.isEmpty()) {
                    int last = properties.size() - 1;
                    properties.set(last, properties.get(last) + "[" + position + "]");
                }
                if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                    properties.add(node.getName());
                }
            }
        }
        if (properties.isEmpty()) {
            return parameter == null ? "$" : parameter;
        }
        return String.join(".", properties);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The JSON kind a Java type expects, in the caller's language; an enum lists its values. */
    private static String typeName(Locale locale, Class<?> type) {
        if (type != null && type.isEnum()) {
            return java.util.Arrays.toString(type.getEnumConstants());
        }
        return Messages.get(locale, "problem.json-type." + jsonKind(type));
    }

    private static String jsonKind(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == java.time.LocalDate.class) {
            return "date";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "date-time";
        }
        if (type == java.util.UUID.class) {
            return "uuid";
        }
        if (type == String.class || type.getName().startsWith("java.time.")) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
