package io.unionhub.gateway.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;

/**
 * What the front door shows without a token: the gig-work board's reads (the public routes, config), health and the
 * docs; everything else under /api needs a token, the gateway's own metrics the ops role, and an address no route
 * knows is a problem, never an HTML page.
 */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
class FrontDoorTest {

    @Test
    void theBoardsReadsAndItsChangeFeedPassWithoutAToken() {
        for (String path : List.of("/api/employment/board/postings?district=海西区", "/api/employment/board/postings/42",
                "/api/employment/board/changes?after=0", "/api/employment/board", "/api/employment/trades")) {
            given().when().get(path).then().statusCode(200).body("method", equalTo("GET"))
                    .body("path", equalTo(path.replaceAll("\\?.*", "")));
        }
        given().when().head("/api/employment/board/postings").then().statusCode(200);
    }

    @Test
    void everythingElseUnderApiStillNeedsAToken() {
        // a write on the board, the employer's own postings, a board look-alike, another program
        given().contentType("application/json").body("{}").when().post("/api/employment/board/postings").then()
                .statusCode(401).contentType("application/problem+json");
        given().when().get("/api/employment/postings").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/employment/boardroom").then().statusCode(401);
        given().when().get("/api/training/cohorts").then().statusCode(401);
        given().when().delete("/api/employment/board/postings/42").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/api/employment/trades").then()
                .statusCode(401);
    }

    @Test
    void aWriteThereWithATokenReachesTheService() {
        given().header("Authorization", TestTokens.bearer("employer-1", "employer")).contentType("application/json")
                .body("{}").when().post("/api/employment/board/postings").then().statusCode(200)
                .body("method", equalTo("POST"));
        given().header("Authorization", TestTokens.bearer("worker-1", "worker")).when()
                .get("/api/employment/board/postings").then().statusCode(200);
    }

    @Test
    void anAddressNoRouteKnowsIsANotFoundProblem() {
        for (String path : List.of("/whatever", "/API/training/tracks", "/q/nothing", "/")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    @Test
    void theGatewaysMetricsAreForOperators() {
        given().when().get("/q/metrics").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("worker-1", "worker")).when().get("/q/metrics").then()
                .statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("ops-1", "ops")).when().get("/q/metrics").then()
                .statusCode(200).body(containsString("http_server_requests"));
        // health stays open: load balancers and orchestrators call it without a token
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
