package io.unionhub.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * What every UnionHub service offers an operator from its first day: readiness that covers its database (Kafka shown
 * in health but not in readiness),
 * its OpenAPI and Swagger UI, Prometheus metrics with the outbox relay's figures, a problem+json 404, and hostile
 * input answered as a 4xx problem that stores nothing. A service's test extends it as {@code @QuarkusTest
 * @WithKafkaBroker class TrainingServiceBasicsTest extends ServiceBasicsContract}, and names one write and the reads
 * the hostile-input checks aim at ({@link #sampleWrite()}, {@link #sampleReads()}) once it has operations.
 */
public abstract class ServiceBasicsContract {

    /**
     * A write operation the hostile-input checks send odd variants of.
     *
     * @param validBody a fresh valid body on each call (the contract first checks that it succeeds)
     * @param textField a text field of the body
     * @param dateField a date field of the body, or null
     * @param method the write's HTTP method (POST unless named)
     */
    public record SampleWrite(String path, String role, Supplier<Map<String, Object>> validBody, String textField,
            String dateField, String method) {

        /** A POST. */
        public SampleWrite(String path, String role, Supplier<Map<String, Object>> validBody, String textField,
                String dateField) {
            this(path, role, validBody, textField, dateField, "POST");
        }
    }

    /**
     * A read operation (a GET answering 200 with JSON) and its parameters the checks vary.
     *
     * @param textParam a text query parameter, or null
     * @param dateParam a date query parameter, or null
     */
    public record SampleRead(String path, String role, String textParam, String dateParam) {
    }

    /** The write the hostile-input checks aim at; none until the service has one. */
    protected Optional<SampleWrite> sampleWrite() {
        return Optional.empty();
    }

    /** The reads the hostile-input checks aim at; none until the service has them. */
    protected List<SampleRead> sampleReads() {
        return List.of();
    }

    @ConfigProperty(name = "unionhub.program")
    String program;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Inject
    EntityManager entityManager;

    @Test
    void readinessCoversTheDatabaseNotKafkaWhichHealthStillShows() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                // (a messaging readiness check may stay, empty: its Kafka channels are kept out of it by config)
                .body("checks.name", everyItem(not(containsStringIgnoringCase("kafka"))));
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Kafka' }.status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheService() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString(program));
    }

    /**
     * The spec committed under docs/openapi/ is the service's API as it is: a change to the API shows in review. After
     * an intended change, regenerate it: {@code ./mvnw -pl <module> test -Dtest='*BasicsTest' -Dopenapi.snapshots.update=true}.
     */
    @Test
    void openApiMatchesTheCommittedSnapshot() throws IOException {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path snapshot = Path.of("..", "docs", "openapi", application + ".json");
        ObjectMapper json = new ObjectMapper();
        JsonNode actual = json.readTree(served);
        if (Boolean.getBoolean("openapi.snapshots.update")) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, json.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        assertTrue(Files.exists(snapshot), "no OpenAPI snapshot at " + snapshot + ": run with -Dopenapi.snapshots.update=true");
        assertEquals(json.readTree(snapshot.toFile()), actual,
                "the API differs from " + snapshot + "; if intended, regenerate it with -Dopenapi.snapshots.update=true");
    }

    @Test
    void everyOperationDocumentsItsSuccess() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths");
        List<String> undocumented = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            boolean success = false;
            for (var status = operation.getValue().path("responses").fieldNames(); status.hasNext();) {
                success |= status.next().startsWith("2");
            }
            if (operation.getValue().has("responses") && !success) {
                undocumented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        // an @APIResponse for a problem replaces the generated 200: declare the success beside it
        assertEquals(List.of(), undocumented, "operations without a documented success");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsIncludeTheOutboxRelayAndItsLag() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("unionhub_outbox_published_total"))
                .body(containsString("unionhub_outbox_pending "))
                .body(containsString("unionhub_outbox_oldest_pending_age_seconds "));
    }

    @Test
    void unstorableTextAndDatesInAWriteAreRefusedAndStoreNothing() {
        Optional<SampleWrite> write = sampleWrite();
        if (write.isEmpty()) {
            return; // no operation yet: the checks below that need none still run
        }
        SampleWrite sample = write.get();
        given().header("Authorization", TestTokens.bearer("contract-" + UUID.randomUUID(), sample.role()))
                .contentType(ContentType.JSON).body(sample.validBody().get())
                .when().request(sample.method(), sample.path()).then().statusCode(anyOf(equalTo(200), equalTo(201)));
        List<Object> textShapes = List.of("nul\u0000inside", "x".repeat(100_000), 123, true);
        for (Object text : textShapes) {
            refusedWrite(sample, sample.textField(), text);
        }
        if (sample.dateField() != null) {
            for (Object date : List.of("+5874898-01-01", "-4714-11-24", "+169087565-01-01", 1_700_000_000,
                    "2027-01-01T10:00:00")) {
                refusedWrite(sample, sample.dateField(), date);
            }
        }
    }

    @Test
    void oddParametersAndAcceptHeadersOnAReadAreProblems() {
        for (SampleRead read : sampleReads()) {
            String token = TestTokens.bearer("contract-reader", read.role());
            given().header("Authorization", token).when().get(read.path()).then().statusCode(200)
                    .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
            for (String accept : List.of("image/png", "text/csv", "application/xml")) {
                given().header("Authorization", token).accept(accept).when().get(read.path())
                        .then().statusCode(406).contentType("application/problem+json");
            }
            if (read.textParam() != null) {
                given().header("Authorization", token).urlEncodingEnabled(false)
                        .when().get(read.path() + "?" + read.textParam() + "=a%00b")
                        .then().statusCode(400).contentType("application/problem+json");
            }
            if (read.dateParam() != null) {
                for (String date : List.of("+5874898-01-01", "-4714-11-24", "2027-02-30")) {
                    given().header("Authorization", token).queryParam(read.dateParam(), date)
                            .when().get(read.path())
                            .then().statusCode(400).contentType("application/problem+json");
                }
            }
        }
    }

    /** An empty Accept header (blank or commas: RFC 9110's list syntax allows it) is none: the JSON answer. */
    @Test
    void anEmptyAcceptHeaderGetsTheJsonAnswer() throws IOException {
        for (SampleRead read : sampleReads()) {
            for (String empty : List.of("Accept: ", "Accept: , ,")) {
                RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", read.path(), null,
                        "Authorization: " + TestTokens.bearer("contract-reader", read.role()), empty);
                assertEquals(200, answer.status(), empty + " → " + answer.body());
                assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
            }
        }
    }

    @Test
    void whatTheHttpLayerRefusesIsAProblemToo() throws IOException {
        String staff = "Authorization: " + TestTokens.bearer("staff-1", "union-staff");
        String api = "/api/" + program;
        assertTransportProblem(RawHttp.send(RestAssured.port, "GET", api + "/x?q=" + "a".repeat(20_000), null, staff),
                414);
        assertTransportProblem(RawHttp.send(RestAssured.port, "GET", api + "/x", null, staff,
                "X-Padding: " + "p".repeat(20_000)), 431);
        assertTransportProblem(RawHttp.send(RestAssured.port, "POST", api + "/x", "{", staff,
                "Content-Type: application/json", "Content-Length: 20000000"), 413);
        assertTransportProblem(RawHttp.send(RestAssured.port, "GET", api + "/%zz", null, staff), 400);
        assertTransportProblem(RawHttp.send(RestAssured.port, "GET", api + "/%00", null, staff), 400);
        // headers with control characters, or a name that is no token
        for (String header : List.of("X-Note: a\u0001b", "X-Note: a\u0000b", "X-Note: a\u007fb", "X Note: ab")) {
            assertTransportProblem(RawHttp.send(RestAssured.port, "GET", api + "/x", null, staff, header), 400);
        }
    }

    @Test
    void aGarbageAcceptLanguageStillGetsAProblem() {
        for (String language : List.of("zz;q=\"abc\"", "en;q=2", ";;;")) {
            given().header("Authorization", TestTokens.bearer("staff-1", "union-staff"))
                    .header("Accept-Language", language)
                    .when().get("/api/" + program + "/no-such-thing")
                    .then().statusCode(404).contentType("application/problem+json")
                    .header("Cache-Control", "no-store");
        }
    }

    private void refusedWrite(SampleWrite sample, String field, Object value) {
        Map<String, Object> body = new HashMap<>(sample.validBody().get());
        body.put(field, value);
        long before = outboxRows();
        given().header("Authorization", TestTokens.bearer("contract-" + UUID.randomUUID(), sample.role()))
                .contentType(ContentType.JSON).body(body)
                .when().request(sample.method(), sample.path())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        assertEquals(before, outboxRows(), field + " = " + String.valueOf(value).substring(0,
                Math.min(40, String.valueOf(value).length())) + " changed something");
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox").getSingleResult()).longValue());
    }

    private static void assertTransportProblem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType(), answer.body());
        assertTrue(answer.body().contains("\"requestId\""), answer.body());
    }

    @Test
    void anUnknownPathIsAProblemNotAStackTrace() {
        given().header("Authorization", TestTokens.bearer("staff-1", "union-staff"))
                .when().get("/api/" + program + "/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/not-found"))
                .body("detail", equalTo("Nothing is found at this address."));
    }
}
