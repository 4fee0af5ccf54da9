package io.unionhub.kit.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, as every UnionHub error is answered ({@code application/problem+json}).
 *
 * @param type      a stable URI naming the kind of problem (documented in docs/problems.md)
 * @param requestId the X-Request-Id of the failed call, to quote to support
 * @param errors    one entry per invalid field, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of this type with its standard title and detail. */
    public static Problem of(ProblemType type, java.util.Locale locale, String instance, String requestId) {
        return new Problem(type.uri(), Messages.get(locale, type.titleKey()), type.status(),
                Messages.get(locale, type.detailKey()), instance, requestId, null);
    }

    /** One invalid input field: a JSON path such as {@code capacity} or {@code modules[2].name}, and why. */
    public record FieldError(String field, String message) {
    }
}
