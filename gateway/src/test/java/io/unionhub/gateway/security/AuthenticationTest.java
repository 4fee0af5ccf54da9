package io.unionhub.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;

@QuarkusTest
@WithTestResource(FakeUpstream.class)
class AuthenticationTest {

    private static final String WORKER = TestTokens.bearer("worker-1", "worker");

    @Test
    void aCallWithoutATokenGetsAnUnauthenticatedProblemAndNeverReachesTheService() {
        String path = "/api/training/cohorts/" + UUID.randomUUID();
        given().header("X-Request-Id", "req-401")
                .when().get(path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .header("X-Request-Id", "req-401")
                .body("size()", equalTo(6))
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"))
                .body("title", equalTo("Authentication required"))
                .body("status", equalTo(401))
                .body("detail", equalTo("Send a valid bearer token in the Authorization header."))
                .body("instance", equalTo(path))
                .body("requestId", equalTo("req-401"));

        given().header("Authorization", WORKER)
                .when().get("/api/training/cohorts")
                .then().statusCode(200)
                .body("earlier", not(hasItem(path)));
    }

    /** A token that passed vouches for nothing else: a copy with another payload or signature is refused. */
    @Test
    void aTokenThatPassedDoesNotVouchForAnAlteredCopy() {
        String token = TestTokens.token("worker-7", "worker");
        given().header("Authorization", "Bearer " + token).when().get("/api/training/cohorts").then().statusCode(200);

        String[] parts = token.split("\\.");
        String otherPayload = TestTokens.token("union-boss", "union-staff", "admin").split("\\.")[1];
        String signature = parts[2];
        String otherSignature = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        for (String altered : new String[] { parts[0] + "." + otherPayload + "." + signature,
                parts[0] + "." + parts[1] + "." + otherSignature, parts[0] + "." + parts[1] + ".", token + "x",
                // jose4j's decoder skips what is not base64url: the token must be exact all the same
                token + "!", token + "%", token + "==", token + "." + signature, "." + token, parts[0] + "." + parts[1] + "." + signature.substring(0, 10)
                        + "!!" + signature.substring(10) }) {
            given().header("Authorization", "Bearer " + altered).when().get("/api/training/cohorts")
                    .then().statusCode(401);
        }
        given().header("Authorization", "Bearer " + token).when().get("/api/training/cohorts").then().statusCode(200);
    }

    @Test
    void twoAuthorizationHeadersAreRefusedNotTheFirstTaken() {
        given().header("Authorization", WORKER).header("Authorization", "Bearer garbage")
                .when().get("/api/training/cohorts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/bad-request"));
    }

    @Test
    void theProblemSpeaksTheLanguageTheCallerAccepts() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").when().get("/api/training/cohorts")
                .then().statusCode(401).body("title", equalTo("需要身份认证"));
        // q=0 means "not this one"
        given().header("Accept-Language", "zh;q=0, en").when().get("/api/training/cohorts")
                .then().statusCode(401).body("title", equalTo("Authentication required"));
        given().header("Accept-Language", "fr, zh;q=0").when().get("/api/training/cohorts")
                .then().statusCode(401).body("title", equalTo("Authentication required"));
        // "*" stands for what the header does not name: here, Chinese
        given().header("Accept-Language", "en;q=0, *").when().get("/api/training/cohorts")
                .then().statusCode(401).body("title", equalTo("需要身份认证"));
        given().header("Accept-Language", "zh, en").when().get("/api/training/cohorts")
                .then().statusCode(401).body("title", equalTo("需要身份认证"));
    }

    @Test
    void aMalformedTokenGetsAnUnauthenticatedProblem() {
        given().header("Authorization", "Bearer not.a.token")
                .when().get("/api/training/cohorts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
    }

    @Test
    void anExpiredTokenGetsAnUnauthenticatedProblem() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        String expired = Jwt.issuer(TestTokens.ISSUER).subject("worker-1").groups(Set.of("worker"))
                .issuedAt(anHourAgo.minusSeconds(3600)).expiresAt(anHourAgo)
                .sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + expired)
                .when().get("/api/training/cohorts")
                .then().statusCode(401)
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
    }

    @Test
    void aTokenFromAnotherIssuerGetsAnUnauthenticatedProblem() {
        String foreign = Jwt.issuer("https://elsewhere.example").subject("worker-1").groups(Set.of("worker"))
                .expiresIn(3600).sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + foreign)
                .when().get("/api/training/cohorts")
                .then().statusCode(401)
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
    }

    @Test
    void aTokenForAnotherAudienceGetsAnUnauthenticatedProblem() {
        String elsewhere = Jwt.issuer(TestTokens.ISSUER).audience("another-platform").subject("worker-1")
                .groups(Set.of("worker")).expiresIn(3600).sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + elsewhere)
                .when().get("/api/training/cohorts")
                .then().statusCode(401)
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
    }

    @Test
    void aTokenIssuedInTheFutureGetsAnUnauthenticatedProblem() {
        Instant tomorrow = Instant.now().plusSeconds(86_400);
        String early = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("worker-1")
                .groups(Set.of("worker")).issuedAt(tomorrow).expiresAt(tomorrow.plusSeconds(3600))
                .sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + early)
                .when().get("/api/training/cohorts")
                .then().statusCode(401)
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
    }

    @Test
    void aTokenWhoseSubjectIsNoMemberIdGetsAnUnauthenticatedProblem() {
        for (String subject : new String[] { "", "   ", "nul\u0000sub", "s".repeat(300) }) {
            String odd = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject(subject)
                    .groups(Set.of("worker")).expiresIn(3600).sign(TestTokens.devKey());
            given().header("Authorization", "Bearer " + odd)
                    .when().get("/api/training/cohorts")
                    .then().statusCode(401)
                    .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
        }
    }

    @Test
    void chineseCallersGetTheProblemInChinese() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .when().get("/api/training/cohorts")
                .then().statusCode(401)
                .body("title", equalTo("需要身份认证"))
                .body("detail", equalTo("请在 Authorization 头中发送有效的 Bearer 令牌。"));
    }

    @Test
    void healthAndDocsAreOpenWithoutAToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aStaleTokenDoesNotCloseTheHealthCheck() {
        given().header("Authorization", "Bearer not.a.token")
                .when().get("/q/health/ready")
                .then().statusCode(200);
    }
}
