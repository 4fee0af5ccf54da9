package io.unionhub.gateway.apidocs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.unionhub.gateway.config.GatewayConfig;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The gateway's /q/openapi is the whole API, true to what the gateway routes and lets through. */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
class ApiDocsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static JsonObject api;

    @Inject
    GatewayConfig config;

    record Operation(String method, String path, JsonObject spec) {
    }

    @BeforeEach
    void readTheApi() {
        if (api == null) {
            api = new JsonObject(given().queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString());
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        api.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                operations.add(new Operation(operation.getKey(), path.getKey(), (JsonObject) operation.getValue()));
            }
        }));
        return operations;
    }

    /** The program a path belongs to; the gateway's own paths ({@code /api/gateway/…}, {@code /api/me/…}) "gateway". */
    private static String programOf(String path) {
        String[] segments = path.split("/");
        String program = segments.length > 2 && "api".equals(segments[1]) ? segments[2] : "";
        return "me".equals(program) ? "gateway" : program;
    }

    @Test
    void everyDocumentedPathIsRoutedAndEveryRouteHasOperations() {
        Set<String> documented = new TreeSet<>();
        for (Operation operation : operations()) {
            String program = programOf(operation.path());
            assertTrue(config.routes().containsKey(program) || "gateway".equals(program),
                    operation.path() + " is documented but no route takes it");
            documented.add(program);
        }
        for (String program : config.routes().keySet()) {
            assertTrue(documented.contains(program), "the " + program + " route has no operation in any document");
        }
        assertTrue(documented.contains("gateway"));
    }

    /** Called through the gateway with a token, each operation reaches its service (here a stand-in), none a 404. */
    @Test
    void eachDocumentedOperationReachesItsService() {
        AtomicInteger caller = new AtomicInteger();
        for (Operation operation : operations()) {
            String program = programOf(operation.path());
            if ("gateway".equals(program)) {
                continue;
            }
            String path = operation.path().replaceAll("\\{[^}]+}", "x");
            Response answer = given().header("Authorization",
                    TestTokens.bearer("reader-" + caller.incrementAndGet(), "union-staff"))
                    .contentType("application/json").body("{}")
                    .when().request(operation.method().toUpperCase(), path);
            if ("mediation".equals(program)) {
                // the stand-in routes mediation where nothing listens: the gateway tried it and says which service
                assertEquals(503, answer.statusCode(), path);
                assertTrue(answer.asString().contains("mediation"), path);
            } else {
                assertEquals(200, answer.statusCode(), operation.method() + " " + path);
                assertEquals(path, answer.jsonPath().getString("path"));
            }
        }
    }

    /** An operation documented without security passes without a token; every other one is refused without. */
    @Test
    void thePublicOperationsAreMarkedAndOnlyThey() {
        int publicOnes = 0;
        for (Operation operation : operations()) {
            if ("gateway".equals(programOf(operation.path()))) {
                continue;
            }
            boolean markedPublic = operation.spec().containsKey("security")
                    && operation.spec().getJsonArray("security").isEmpty();
            String path = operation.path().replaceAll("\\{[^}]+}", "x");
            int status = given().contentType("application/json").body("{}")
                    .when().request(operation.method().toUpperCase(), path).statusCode();
            if (markedPublic) {
                publicOnes++;
                assertNotEquals(401, status, operation.method() + " " + path + " is marked public");
            } else {
                assertEquals(401, status, operation.method() + " " + path + " is not marked public");
            }
        }
        assertEquals(4, publicOnes, "the board's postings, one posting, its change feed and the trades");
        JsonObject exchange = api.getJsonObject("paths").getJsonObject("/api/gateway/oauth/token").getJsonObject("post");
        assertTrue(exchange.getJsonArray("security").isEmpty());
        assertFalse(api.getJsonObject("paths").getJsonObject("/api/gateway/partner-clients").getJsonObject("post")
                .getJsonArray("security").isEmpty());
        assertEquals(new JsonArray().add(new JsonObject().put("bearer", new JsonArray())), api.getJsonArray("security"));
        assertEquals("http", api.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("type"));
    }

    /** Merging kept every reference meaning what it meant: each resolves, clashing names were told apart. */
    @Test
    void everyReferenceResolvesAndClashingNamesAreToldApart() {
        JsonObject components = api.getJsonObject("components");
        List<String> dangling = new ArrayList<>();
        collectReferences(api).forEach(ref -> {
            String[] parts = ref.substring("#/components/".length()).split("/");
            if (!components.containsKey(parts[0]) || !components.getJsonObject(parts[0]).containsKey(parts[1])) {
                dangling.add(ref);
            }
        });
        assertEquals(List.of(), dangling);

        JsonObject schemas = components.getJsonObject("schemas");
        assertFalse(schemas.containsKey("CampaignView"));
        assertTrue(schemas.containsKey("TrainingCampaignView") && schemas.containsKey("EmploymentCampaignView"));
        // a schema alike in both documents but pointing at each one's own CampaignView is told apart too
        assertEquals("#/components/schemas/TrainingCampaignView",
                schemas.getJsonObject("TrainingPageOfCampaignView").getJsonObject("properties")
                        .getJsonObject("items").getJsonObject("items").getString("$ref"));

        Set<String> operationIds = new HashSet<>();
        for (Operation operation : operations()) {
            assertTrue(operationIds.add(operation.spec().getString("operationId")),
                    "operation id used twice: " + operation.spec().getString("operationId"));
        }
        assertTrue(operationIds.containsAll(Set.of("trainingListCampaigns", "employmentListCampaigns")));
        assertTrue(api.getJsonArray("tags").stream().map(tag -> ((JsonObject) tag).getString("name"))
                .anyMatch("training · Cohorts"::equals));
        assertEquals("http://127.0.0.1:8080", api.getJsonArray("servers").getJsonObject(0).getString("url"));
    }

    private static List<String> collectReferences(Object node) {
        List<String> references = new ArrayList<>();
        if (node instanceof JsonObject object) {
            for (Map.Entry<String, Object> field : object) {
                if ("$ref".equals(field.getKey())) {
                    references.add((String) field.getValue());
                } else {
                    references.addAll(collectReferences(field.getValue()));
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(element -> references.addAll(collectReferences(element)));
        }
        return references;
    }

    @Test
    void swaggerUiShowsTheWholeApiAndTheEventsAreServedToo() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("UnionHub API"));
        given().when().get("/q/asyncapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("asyncapi: 3.0.0"));
        JsonObject events = new JsonObject(given().queryParam("format", "json").when().get("/q/asyncapi")
                .then().statusCode(200).contentType("application/json").extract().asString());
        assertEquals("3.0.0", events.getString("asyncapi"));
        for (String program : config.routes().keySet()) {
            assertTrue(events.getJsonObject("channels").encode().contains("unionhub." + program + ".events"), program);
        }
        given().accept("application/json").when().get("/q/asyncapi").then().body("asyncapi", equalTo("3.0.0"));
    }
}
