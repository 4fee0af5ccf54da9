package io.unionhub.matchmaking.verification;

import static io.restassured.RestAssured.given;
import static io.unionhub.matchmaking.support.MatchmakingApi.as;
import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.idNumber;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileBody;
import static io.unionhub.matchmaking.support.MatchmakingApi.registered;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;
import io.unionhub.matchmaking.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class VerificationTest {

    private static final String ME = "/api/matchmaking/profiles/me";

    @Inject
    ServiceDatabase database;

    @Inject
    TestClock clock;

    @Inject
    VerificationExpiry expiry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification office() {
        return as("civil-affairs-1", "partner");
    }

    /** The pending check of the member's profile, as the office's queue shows it; null when there is none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> pendingOf(String member) {
        String number = (String) asWorker(member).get(ME).then().extract().path("maskedIdNumber");
        List<Map<String, Object>> items = office().queryParam("size", 100).get("/api/matchmaking/verifications/pending")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> {
            String id = (String) item.get("idNumber");
            return id.substring(0, 6).equals(number.substring(0, 6)) && id.substring(14).equals(number.substring(14))
                    && item.get("legalName") != null;
        }).reduce((first, second) -> second).orElse(null);
    }

    private static UUID profileOf(String member) {
        return UUID.fromString(asWorker(member).get(ME).then().extract().path("id"));
    }

    @Test
    void theOfficeSeesOnlyWhatTheCheckNeedsAndASingleAnswerHoldsSixMonths() {
        clock.setTo(Instant.parse("2026-11-27T02:00:00Z"));
        String member = registered(true);
        asWorker(member).get(ME).then().body("verification", equalTo("UNVERIFIED"));
        consent(member, "REGISTRY_CHECK");
        asWorker(member).get(ME).then().body("verification", equalTo("PENDING"));
        Map<String, Object> check = pendingOf(member);
        assertEquals(List.of("checkId", "idNumber", "legalName", "queuedAt"),
                check.keySet().stream().sorted().toList());
        assertEquals("王晓燕", check.get("legalName"));
        asWorker(member).get("/api/matchmaking/verifications/pending").then().statusCode(403);
        as("court-1", "partner").get("/api/matchmaking/verifications/pending").then().statusCode(403);
        as("staff-1", "union-staff").queryParam("size", 100).get("/api/matchmaking/verifications/pending").then()
                .statusCode(200).body("items.find { it.checkId == '" + check.get("checkId") + "' }.legalName",
                        equalTo("王**"));

        String answer = "/api/matchmaking/verifications/" + check.get("checkId") + "/answer";
        office().body(Map.of("outcome", "SINGLE")).post(answer).then().statusCode(400);
        office().body(Map.of("outcome", "SINGLE", "singleOn", "2026-11-28")).post(answer).then().statusCode(400);
        office().body(Map.of("outcome", "SINGLE", "singleOn", "2026-11-26")).post(answer).then().statusCode(200);
        office().body(Map.of("outcome", "NOT_SINGLE")).post(answer).then().statusCode(409)
                .body("detail", equalTo("The check is already answered."));
        as("court-1", "partner").body(Map.of("outcome", "NOT_SINGLE")).post(answer).then().statusCode(403);
        as("staff-1", "union-staff").body(Map.of("outcome", "NOT_SINGLE")).post(answer).then().statusCode(403);
        asWorker(member).get(ME).then().body("verification", equalTo("VERIFIED"))
                .body("verifiedUntil", equalTo("2027-05-26"));
        List<String> verified = database.data().outbox().payloads("profile.verified.v1", profileOf(member));
        assertEquals(List.of("{\"profileId\": \"" + profileOf(member) + "\", \"verifiedUntil\": \"2027-05-26\"}"),
                verified);
    }

    @Test
    void twoAnswersAtTheSameMomentOneIsTakenTheOtherIsAConflict() throws Exception {
        String member = registered(true);
        consent(member, "REGISTRY_CHECK");
        String answer = "/api/matchmaking/verifications/" + pendingOf(member).get("checkId") + "/answer";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        for (Map<String, String> body : List.of(Map.of("outcome", "SINGLE", "singleOn",
                clock.today().toString()), Map.of("outcome", "NOT_SINGLE"))) {
            statuses.add(pool.submit(() -> {
                gate.await();
                return office().body(body).post(answer).then().extract().statusCode();
            }));
        }
        gate.countDown();
        List<Integer> answered = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();
        answered.sort(null);
        assertEquals(List.of(200, 409), answered);
        // the profile is what the answer taken says, and the office cannot answer again
        String state = asWorker(member).get(ME).then().extract().path("verification");
        assertTrue(state.equals("VERIFIED") || state.equals("NOT_ELIGIBLE"), state);
        office().body(Map.of("outcome", "NOT_SINGLE")).post(answer).then().statusCode(409);
    }

    @Test
    void unionStaffWithAPartnerRoleBesidesStillSeeTheQueueMasked() {
        given().header("Authorization", io.unionhub.kit.testing.TestTokens.bearer("court-1", "union-staff", "partner"))
                .get("/api/matchmaking/verifications/pending").then().statusCode(200);
    }

    @Test
    void aNotSingleAnswerMakesTheProfileIneligibleAndIsInNoEvent() {
        String member = registered(false);
        consent(member, "REGISTRY_CHECK");
        String answer = "/api/matchmaking/verifications/" + pendingOf(member).get("checkId") + "/answer";
        office().body(Map.of("outcome", "NOT_SINGLE", "singleOn", "2026-11-01")).post(answer).then()
                .statusCode(400);
        office().body(Map.of("outcome", "CANCELLED")).post(answer).then().statusCode(400);
        office().body(Map.of("outcome", "NOT_SINGLE")).post(answer).then().statusCode(200);
        asWorker(member).get(ME).then().body("verification", equalTo("NOT_ELIGIBLE"));
        asWorker(member).post(ME + "/registry-check").then().statusCode(409); // too soon
        clock.setTo(java.time.Instant.now().plus(java.time.Duration.ofDays(31)));
        asWorker(member).post(ME + "/registry-check").then().statusCode(200).body("verification", equalTo("PENDING"));
        assertTrue(pendingOf(member) != null);
        asWorker(member).post(ME + "/registry-check").then().statusCode(409); // pending now, not not-single
        UUID profile = profileOf(member);
        assertTrue(database.data().outbox().payloads("profile.verified.v1", profile).isEmpty());
        for (String type : database.data().outbox().typesEmitted()) {
            assertTrue(!type.contains("single") && !type.contains("eligible"), type);
        }
    }

    @Test
    void withdrawingTheConsentTakesTheCheckOutOfTheQueue() {
        String member = registered(true);
        consent(member, "REGISTRY_CHECK");
        assertTrue(pendingOf(member) != null);
        asWorker(member).delete(ME + "/consents/REGISTRY_CHECK").then().statusCode(200);
        assertEquals(null, pendingOf(member));
        asWorker(member).get(ME).then().body("verification", equalTo("UNVERIFIED"));
    }

    @Test
    void anExpiredVerificationIsCheckedAgainWhileTheConsentStands() {
        clock.setTo(Instant.parse("2026-11-27T02:00:00Z"));
        String member = registered(true);
        consent(member, "REGISTRY_CHECK");
        office().body(Map.of("outcome", "SINGLE", "singleOn", "2026-11-27"))
                .post("/api/matchmaking/verifications/" + pendingOf(member).get("checkId") + "/answer").then()
                .statusCode(200);
        clock.setTo(Instant.parse("2027-05-27T02:00:00Z")); // the last day it holds
        expiry.check();
        asWorker(member).get(ME).then().body("verification", equalTo("VERIFIED"));
        clock.setTo(Instant.parse("2027-05-28T02:00:00Z"));
        assertTrue(expiry.check() >= 1);
        asWorker(member).get(ME).then().body("verification", equalTo("PENDING"));
        assertTrue(pendingOf(member) != null);
    }

    @Test
    void aNewIdentityVoidsTheVerificationAndQueuesANewCheck() {
        String member = registered(true);
        consent(member, "REGISTRY_CHECK");
        office().body(Map.of("outcome", "SINGLE", "singleOn", java.time.LocalDate.now(clock).toString()))
                .post("/api/matchmaking/verifications/" + pendingOf(member).get("checkId") + "/answer").then()
                .statusCode(200);
        Map<String, Object> body = profileBody(true);
        body.put("idNumber", idNumber("19960308", true));
        asWorker(member).body(body).put(ME).then().statusCode(200).body("verification", equalTo("PENDING"))
                .body("verifiedUntil", equalTo(null));
    }
}
