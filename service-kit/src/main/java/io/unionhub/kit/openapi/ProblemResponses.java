package io.unionhub.kit.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what every operation can answer besides its success: the RFC 9457 problem responses, with the
 * {@code Problem} schema and the bearer-token scheme. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** Sorted by status, so the generated spec (and its committed snapshot) is the same from run to run. */
    private static final Map<String, String> ALWAYS = new java.util.TreeMap<>(Map.of(
            "400", "Invalid input (problem+json, with errors per field)",
            "401", "No valid bearer token",
            "403", "The caller's role or ownership does not allow it",
            "406", "The Accept header admits no JSON",
            "500", "Unexpected error (no details, quote the requestId)"));
    /** Besides, an operation with an id in its path, and one that takes a body. */
    private static final Map<String, String> WITH_PATH_ID = Map.of("404", "Nothing has the id in the path");
    private static final Map<String, String> WITH_BODY = new java.util.TreeMap<>(Map.of(
            "413", "The body is over the size limit",
            "415", "The body is not JSON (Content-Type)"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> addProblems(path, operation)));
    }

    private static void addProblems(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, ALWAYS);
        if (path.contains("{")) {
            add(responses, WITH_PATH_ID);
        }
        if (operation.getRequestBody() != null) {
            add(responses, WITH_BODY);
        }
        // documented problem answers (404, 409, 422…) get the problem body too
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    private static void add(APIResponses responses, Map<String, String> problems) {
        for (Map.Entry<String, String> entry : problems.entrySet()) {
            if (!responses.hasAPIResponse(entry.getKey())) {
                responses.addAPIResponse(entry.getKey(), problem(entry.getValue()));
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; title and detail in English or Simplified Chinese")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(List.of("https://unionhub.io/problems/validation")))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("message", text)));
    }
}
