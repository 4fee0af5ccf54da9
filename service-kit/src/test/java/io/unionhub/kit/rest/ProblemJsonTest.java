package io.unionhub.kit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class ProblemJsonTest {

    private static final String PARCELS = "/api/kittest/parcels";
    private static final String STAFF = TestTokens.bearer("staff-1", "union-staff");

    @Inject
    ParcelService parcels;

    @Test
    void malformedBodyIsAProblemAndCreatesNothing() {
        long before = parcels.count();
        given().header("Authorization", STAFF).contentType(ContentType.JSON).body("{\"label\": \"a\", ")
                .when().post(PARCELS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/malformed-body"))
                .body("title", equalTo("Malformed request body"))
                .body("status", equalTo(400))
                .body("instance", equalTo(PARCELS))
                .body("requestId", notNullValue())
                .body(not(containsString("Exception")));
        assertEquals(before, parcels.count());
    }

    @Test
    void fieldOfTheWrongTypeNamesTheField() {
        given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"label\": \"box\", \"weight\": \"heavy\"}")
                .when().post(PARCELS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("weight"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void unknownFieldIsRefusedNotIgnored() {
        given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"label\": \"box\", \"weight\": 3, \"colour\": \"red\"}")
                .when().post(PARCELS)
                .then().statusCode(400)
                .body("type", equalTo("https://unionhub.io/problems/validation"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void constraintViolationsListEveryField() {
        given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"label\": \" \", \"weight\": 5000}")
                .when().post(PARCELS)
                .then().statusCode(400)
                .body("type", equalTo("https://unionhub.io/problems/validation"))
                .body("errors.field", org.hamcrest.Matchers.contains("label", "weight"));
    }

    @Test
    void missingTokenIsUnauthenticated() {
        given().contentType(ContentType.JSON).body("{\"label\": \"box\", \"weight\": 3}")
                .when().post(PARCELS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void forgedTokenIsUnauthenticated() {
        given().header("Authorization", "Bearer not.a.token").accept(ContentType.JSON)
                .when().get(PARCELS + "/00000000-0000-0000-0000-000000000001")
                .then().statusCode(401)
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthenticated() {
        String elsewhere = Jwt.issuer(TestTokens.ISSUER).audience("another-platform").subject("staff-1")
                .groups(Set.of("union-staff")).expiresIn(3600).sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + elsewhere)
                .when().get(PARCELS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenIssuedInTheFutureIsUnauthenticated() {
        Instant tomorrow = Instant.now().plusSeconds(86_400);
        String early = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("staff-1")
                .groups(Set.of("union-staff")).issuedAt(tomorrow).expiresAt(tomorrow.plusSeconds(3600))
                .sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + early)
                .when().get(PARCELS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutASubjectIsUnauthenticated() {
        String nobody = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).upn("staff-1")
                .groups(Set.of("union-staff")).expiresIn(3600).sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + nobody)
                .when().get(PARCELS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "nul\u0000sub", "a-subject-of-sixty-five-characters-is-longer-than-any-member-id-xx" })
    void aTokenWhoseSubjectIsNoMemberIdIsUnauthenticated(String subject) {
        String odd = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject(subject)
                .groups(Set.of("union-staff")).expiresIn(3600).sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + odd)
                .when().get(PARCELS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBugIsAnsweredAsOneNotAsAConcurrentChangeAndLogsNoRowContents() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + (record.getThrown() == null ? ""
                        : stackOf(record.getThrown())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().header("Authorization", STAFF)
                    .when().post(PARCELS + "/bug")
                    .then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://unionhub.io/problems/internal"))
                    .body(not(containsString("null value")));
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("not-null")), "the bug is logged: " + logged);
        assertTrue(logged.stream().noneMatch(line -> line.contains("Failing row contains")),
                "a row's columns are never logged: " + logged);
    }

    @Test
    void theCallerIsTheTokensSubjectNotItsLoginName() {
        String token = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("member-a").upn("login-b")
                .claim("preferred_username", "login-b").groups(Set.of("union-staff")).expiresIn(3600)
                .sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + token)
                .when().get(PARCELS + "/caller")
                .then().statusCode(200).body("memberId", equalTo("member-a"));
    }

    private static String stackOf(Throwable thrown) {
        java.io.StringWriter text = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    @Test
    void tokenWithoutTheRoleIsForbidden() {
        long before = parcels.count();
        given().header("Authorization", TestTokens.bearer("worker-7", "worker")).contentType(ContentType.JSON)
                .body("{\"label\": \"box\", \"weight\": 3}")
                .when().post(PARCELS)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/forbidden"))
                .body("errors", nullValue());
        assertEquals(before, parcels.count());
    }

    @Test
    void unknownIdIsNotFoundWithTheIdInTheDetail() {
        given().header("Authorization", STAFF)
                .when().get(PARCELS + "/00000000-0000-0000-0000-000000000001")
                .then().statusCode(404)
                .body("type", equalTo("https://unionhub.io/problems/not-found"))
                .body("detail", equalTo("No parcel with id 00000000-0000-0000-0000-000000000001."));
    }

    @Test
    void chineseCallersGetChineseMessages() {
        given().header("Authorization", STAFF).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .contentType(ContentType.JSON).body("{\"label\": \"a\", ")
                .when().post(PARCELS)
                .then().statusCode(400)
                .body("title", equalTo("请求体格式错误"))
                .body("detail", equalTo("请求体不是有效的 JSON。"));
    }

    @Test
    void chineseCallersGetChineseFieldMessages() {
        given().header("Authorization", STAFF).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON).body("{\"label\": \" \", \"weight\": \"heavy\"}")
                .when().post(PARCELS)
                .then().statusCode(400)
                .body("title", equalTo("输入无效"))
                .body("errors[0].field", equalTo("weight"))
                .body("errors[0].message", equalTo("必须是数字"));
        given().header("Authorization", STAFF).header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON).body("{\"label\": \" \", \"weight\": 3}")
                .when().post(PARCELS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("label"))
                .body("errors[0].message", equalTo("不能为空"));
    }

    @Test
    void theCallersRequestIdComesBackInHeaderAndProblem() {
        given().header("X-Request-Id", "req-42").header("Authorization", STAFF)
                .when().get(PARCELS + "/not-a-uuid")
                .then().statusCode(400)
                .body("type", equalTo("https://unionhub.io/problems/validation"))
                .header("X-Request-Id", "req-42")
                .body("requestId", equalTo("req-42"));
    }
}
