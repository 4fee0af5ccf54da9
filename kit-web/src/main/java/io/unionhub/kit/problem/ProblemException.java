package io.unionhub.kit.problem;

import java.util.List;

import io.unionhub.kit.problem.Problem.FieldError;

/**
 * A failure the client caused and can act on. Services throw it (or a subclass) from their service layer; the kit
 * answers it as problem+json with a localised detail.
 *
 * <p>Answered by service-kit's {@code ProblemMappers} in a REST service.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private transient List<FieldProblem> errors;

    /** One invalid field and why: a message key with its arguments (or a plain message). */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }

    /**
     * @param detailKey a key of the service's {@code i18n/messages} bundle (or the kit's), with {@code {0}} style
     *                  placeholders for the arguments
     */
    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        super(detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
    }

    /** Adds the per-field (or per-row) errors a validation problem lists; a message may be a message key. */
    public ProblemException withErrors(List<FieldError> errors) {
        return withFieldProblems(errors.stream().map(e -> new FieldProblem(e.field(), e.message())).toList());
    }

    public ProblemException withFieldProblems(List<FieldProblem> errors) {
        this.errors = List.copyOf(errors);
        return this;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    /** A required field the request left out (when bean validation cannot say so, e.g. it depends on the role). */
    public static ProblemException missingField(String field) {
        return new ProblemException(ProblemType.VALIDATION, "problem.validation.detail", 1)
                .withErrors(List.of(new FieldError(field, "problem.field.missing")));
    }

    /** A field whose value the request cannot have, e.g. a reference to something that does not exist. */
    public static ProblemException invalidField(String field, String messageKey, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, "problem.validation.detail", 1)
                .withFieldProblems(List.of(new FieldProblem(field, messageKey, args)));
    }

    /**
     * A request field naming something that does not exist (a posting id, a trade code): the request's mistake, a 400
     * naming the field, not a 404 of the resource the request was sent to.
     */
    public static ProblemException unknownReference(String field, String what, Object id) {
        return invalidField(field, "problem.field.unknown-reference", what, id);
    }

    /** The value itself, or a 400 naming the request field that referred to it when there is none. */
    public static <T> T requireReferenced(T value, String field, String what, Object id) {
        if (value == null) {
            throw unknownReference(field, what, id);
        }
        return value;
    }

    /** The value itself, or a 404 problem naming what was looked for when there is none. */
    public static <T> T requireFound(T value, String what, Object id) {
        if (value == null) {
            throw notFound(what, id);
        }
        return value;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.entity", what, id);
    }

    public static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, detailKey, args);
    }

    public static ProblemException ruleViolated(String detailKey, Object... args) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detailKey, args);
    }
}
