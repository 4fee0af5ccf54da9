package io.unionhub.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;

@QuarkusTest
@WithTestResource(FakeUpstream.class)
class RoutingTest {

    private static final String WORKER = TestTokens.bearer("worker-1", "worker");
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void routesTrainingCallsToTheTrainingServiceWithThePathAndQueryUnchanged() {
        given().header("Authorization", WORKER)
                .when().get("/api/training/cohorts/42/enrolments?page=1&size=5")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/training/cohorts/42/enrolments"))
                .body("query", equalTo("page=1&size=5"));
    }

    @Test
    void routesTheProgramRootItselfToTheProgramsService() {
        given().header("Authorization", WORKER)
                .when().get("/api/employment")
                .then().statusCode(200)
                .body("path", equalTo("/api/employment"));
    }

    @Test
    void theOpsPageIsRoutedToTheDashboardWithoutATokenButItsDataAndAnyWriteNeedOne() {
        given().when().get("/ops/index.html").then().statusCode(200).body("path", equalTo("/ops/index.html"))
                .body("headers", not(org.hamcrest.Matchers.hasKey("authorization")));
        given().when().head("/ops/").then().statusCode(200);
        given().when().get("/api/ops/figures").then().statusCode(401).contentType("application/problem+json");
        given().when().post("/ops/index.html").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", WORKER).when().get("/api/ops/figures").then().statusCode(200)
                .body("path", equalTo("/api/ops/figures"));
        // a path that only starts like the page's is not the page
        given().when().get("/opsx").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void passesAPostBodyThroughToTheService() {
        String cohort = "{\"title\":\"Forklift safety\",\"capacity\":12}";
        given().header("Authorization", WORKER).contentType(ContentType.JSON).body(cohort)
                .when().post("/api/training/cohorts")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo(cohort))
                .body("headers.content-type", containsString("application/json"));
    }

    @Test
    void passesTheCallersTokenOnSoThatTheServiceChecksRolesAgain() {
        given().header("Authorization", WORKER)
                .when().get("/api/training/cohorts")
                .then().statusCode(200)
                .body("headers.authorization", equalTo(WORKER));
    }

    @Test
    void keepsTheCallersRequestIdUpstreamAndEchoesItOnce() {
        Response response = given().header("Authorization", WORKER).header("X-Request-Id", "req-42")
                .when().get("/api/training/cohorts");
        response.then().statusCode(200).body("headers.x-request-id", equalTo("req-42"));
        assertEquals(List.of("req-42"), response.headers().getValues("X-Request-Id"));
    }

    @Test
    void createsARequestIdWhenTheCallerSendsNoneAndPassesItOn() {
        Response response = given().header("Authorization", WORKER)
                .when().get("/api/training/cohorts");
        String id = response.header("X-Request-Id");
        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-request-id", equalTo(id));
    }

    @Test
    void replacesARequestIdThatCouldInjectIntoLogs() {
        given().header("Authorization", WORKER).header("X-Request-Id", "evil\tid")
                .when().get("/api/training/cohorts")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-request-id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void tellsTheServiceTheGatewaysPublicAddressWhateverHostTheCallerSends() {
        given().header("Authorization", WORKER).header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "host=evil.example")
                .when().get("/api/training/cohorts")
                .then().statusCode(200)
                .body("headers.x-forwarded-host", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-port", equalTo("8080"))
                .body("headers.forwarded", org.hamcrest.Matchers.nullValue())
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"));
    }

    @Test
    void answersAnUnknownProgramWithANotFoundProblem() {
        given().header("Authorization", WORKER).header("X-Request-Id", "req-404")
                .when().get("/api/payroll/slips")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/payroll/slips"))
                .body("requestId", equalTo("req-404"));
        given().header("Authorization", WORKER)
                .when().get("/api/trainingx/cohorts")
                .then().statusCode(404)
                .body("type", equalTo("https://unionhub.io/problems/not-found"));
    }

    @Test
    void answersAServiceThatIsDownWithAnUnavailableProblem() {
        given().header("Authorization", WORKER).header("X-Request-Id", "req-503")
                .when().get("/api/mediation/cases")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-503")
                .body("type", equalTo("https://unionhub.io/problems/unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/mediation/cases"))
                .body("requestId", equalTo("req-503"))
                .body(not(containsString("Exception")));
    }
}
