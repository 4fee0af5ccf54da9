package io.unionhub.gateway.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;

/** Browsers of the configured app origins may call the API; other origins may not; every answer has its headers. */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
class CorsAndHeadersTest {

    private static final String APP = "https://app.union.example";
    private static final String WORKER = TestTokens.bearer("worker-1", "worker");

    @Test
    void aPreflightFromTheAppsOriginIsAnsweredWithoutAToken() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/training/cohorts").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void anotherOriginGetsNoCorsAllowance() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/training/cohorts").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Authorization", WORKER)
                .when().get("/api/training/cohorts").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theAppsCallGetsTheServicesAnswerWithItsAllowanceAndTheRequestIdExposed() {
        given().header("Origin", APP).header("Authorization", WORKER).when().get("/api/training/cohorts").then()
                .statusCode(200).body("path", equalTo("/api/training/cohorts"))
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        // a service's answer through the gateway, the gateway's own problem, its health
        for (var answer : java.util.List.of(
                given().header("Authorization", WORKER).when().get("/api/training/cohorts"),
                given().when().get("/api/training/cohorts"),
                given().when().get("/q/health/ready"))) {
            answer.then().header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer")
                    .header("Strict-Transport-Security", containsString("max-age="));
        }
        given().header("Authorization", WORKER).when().get("/api/training/cohorts").then()
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
