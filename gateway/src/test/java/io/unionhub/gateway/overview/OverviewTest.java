package io.unionhub.gateway.overview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.TestTokens;

/** GET /api/me/overview: the caller's services in one call, whole when every program answers, partial when not. */
@QuarkusTest
@WithTestResource(ProgramStandIns.class)
class OverviewTest {

    private static final String OVERVIEW = "/api/me/overview";

    @Test
    void aWorkerWhoIsACadreGetsEveryPartWithTheirOwnData() {
        given().header("Authorization", TestTokens.bearer("m-1", "worker", "cadre"))
                .when().get(OVERVIEW)
                .then().statusCode(200).contentType("application/json")
                .body("complete", equalTo(true))
                .body("missing.size()", equalTo(0))
                .body("training.status", equalTo("complete"))
                .body("training.cadre.memberId", equalTo("m-1"))
                .body("training.enrolments.items[0].for", equalTo("m-1"))
                .body("training.certificates[0].for", equalTo("m-1"))
                .body("employment.applications.items[0].for", equalTo("m-1"))
                .body("mediation.workOrders.items[0].what", equalTo("work order"))
                .body("matchmaking.profile.verification", equalTo("VERIFIED"));
    }

    @Test
    void aSlowOrFailingProgramLeavesItsPartMissingNotTheWholeCall() {
        long started = System.nanoTime();
        given().header("Authorization", TestTokens.bearer("slow-1", "worker", "cadre"))
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("complete", equalTo(false))
                .body("missing", contains("matchmaking", "mediation"))
                .body("mediation.status", equalTo("missing"))
                .body("mediation.reason", equalTo("timeout"))
                .body("mediation.detail", containsString("mediation"))
                .body("matchmaking.status", equalTo("missing"))
                .body("matchmaking.reason", equalTo("broken"))
                .body("employment.status", equalTo("complete"))
                .body("training.status", equalTo("complete"));
        // the hung program's part was given up after its time (1.5 s here; a cold first call has room), not waited for
        org.hamcrest.MatcherAssert.assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                lessThan(10_000L));
        given().header("Authorization", TestTokens.bearer("slow-2", "worker")).header("Accept-Language", "zh-CN")
                .when().get(OVERVIEW)
                .then().statusCode(200).body("mediation.detail", containsString("秒"));
    }

    /** A hung program does not keep the gateway's connection for the route's 30 s: it is dropped after the part's time. */
    @Test
    void theHungProgramsConnectionIsDroppedAfterThePartsTime() throws InterruptedException {
        ProgramStandIns.HUNG_CALLS_DROPPED_AFTER_MS.clear();
        given().header("Authorization", TestTokens.bearer("slow-3", "worker")).when().get(OVERVIEW)
                .then().statusCode(200).body("mediation.reason", equalTo("timeout"));
        for (int wait = 0; wait < 50 && ProgramStandIns.HUNG_CALLS_DROPPED_AFTER_MS.isEmpty(); wait++) {
            Thread.sleep(100);
        }
        org.hamcrest.MatcherAssert.assertThat(ProgramStandIns.HUNG_CALLS_DROPPED_AFTER_MS,
                contains(lessThan(5_000L)));
    }

    @Test
    void whatTheCallerDoesNotHaveIsEmptyNotMissing() {
        given().header("Authorization", TestTokens.bearer("newcomer-1", "worker", "cadre"))
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("complete", equalTo(true))
                .body("training.status", equalTo("complete"))
                .body("training.cadre", nullValue())
                .body("matchmaking.status", equalTo("complete"))
                .body("matchmaking.profile", nullValue());
    }

    @Test
    void eachRoleGetsItsOwnPartsAndOnlyMembersMayAsk() {
        given().header("Authorization", TestTokens.bearer("c-1", "cadre"))
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("training.status", equalTo("complete"))
                .body("employment.status", equalTo("not-applicable"))
                .body("mediation.status", equalTo("not-applicable"))
                .body("matchmaking.status", equalTo("not-applicable"));
        given().header("Authorization", TestTokens.bearer("w-1", "worker"))
                .when().get(OVERVIEW)
                .then().statusCode(200).body("training.status", equalTo("not-applicable"))
                .body("employment.status", equalTo("complete"));
        given().header("Authorization", TestTokens.bearer("s-1", "union-staff"))
                .when().get(OVERVIEW).then().statusCode(403).contentType("application/problem+json");
        given().when().get(OVERVIEW).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("w-1", "worker"))
                .when().post(OVERVIEW).then().statusCode(405);
    }
}
