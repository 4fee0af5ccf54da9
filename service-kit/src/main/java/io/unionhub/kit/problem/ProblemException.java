package io.unionhub.kit.problem;

/**
 * A failure the client caused and can act on. Services throw it (or a subclass) from their service layer; the kit
 * answers it as problem+json with a localised detail.
 *
 * @see ProblemMappers
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;

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

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.detail", what, id);
    }

    public static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, detailKey, args);
    }

    public static ProblemException ruleViolated(String detailKey, Object... args) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detailKey, args);
    }
}
