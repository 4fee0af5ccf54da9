package io.unionhub.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every UnionHub service offers an operator from its first day: readiness that covers its database and Kafka,
 * its OpenAPI and Swagger UI, Prometheus metrics with the outbox relay's figures, and a problem+json 404. A service's
 * test extends it as {@code @QuarkusTest @WithKafkaBroker class TrainingServiceBasicsTest extends
 * ServiceBasicsContract}.
 */
public abstract class ServiceBasicsContract {

    @ConfigProperty(name = "unionhub.program")
    String program;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
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
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsIncludeTheOutboxRelay() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("unionhub_outbox_published_total"));
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
