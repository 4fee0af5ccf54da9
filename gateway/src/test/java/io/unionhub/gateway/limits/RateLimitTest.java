package io.unionhub.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;

/** Five calls a minute for a caller, three for an address without a token, in this test's configuration. */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unionhub.gateway.rate-limits.caller.per-minute", "5",
                    "unionhub.gateway.rate-limits.anonymous.per-minute", "3");
        }
    }

    @Test
    void aCallerOverTheLimitGetsATooManyRequestsProblemWithRetryAfterAndOthersDoNot() {
        String worker = TestTokens.bearer("busy-worker", "worker");
        for (int call = 1; call <= 5; call++) {
            given().header("Authorization", worker).when().get("/api/training/cohorts").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", Integer.toString(5 - call));
        }
        given().header("Authorization", worker).when().get("/api/training/cohorts").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .header("Retry-After", notNullValue()).header("RateLimit-Remaining", "0");
        // another caller has a bucket of their own; a new token of the same member does not
        given().header("Authorization", TestTokens.bearer("calm-worker", "worker")).when()
                .get("/api/training/cohorts").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("busy-worker", "worker", "cadre")).when()
                .get("/api/training/cohorts").then().statusCode(429);
    }

    @Test
    void anonymousReadsAreLimitedByAddress() {
        for (int call = 1; call <= 3; call++) {
            given().when().get("/api/employment/board/postings").then().statusCode(200);
        }
        given().when().get("/api/employment/board/postings").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }
}
