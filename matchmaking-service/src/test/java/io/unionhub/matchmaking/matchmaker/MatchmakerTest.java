package io.unionhub.matchmaking.matchmaker;

import static io.unionhub.matchmaking.support.MatchmakingApi.as;
import static io.unionhub.matchmaking.support.MatchmakingApi.asStaff;
import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileId;
import static io.unionhub.matchmaking.support.MatchmakingApi.registered;
import static io.unionhub.matchmaking.support.MatchmakingApi.verifiedWorker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;

@QuarkusTest
@WithKafkaBroker
class MatchmakerTest {

    private static final String MATCHMAKERS = "/api/matchmaking/matchmakers/";
    private static final String ASSIGNED = "/api/matchmaking/assigned-workers/";
    private static final String INTRODUCTIONS = "/api/matchmaking/introductions";

    @Inject
    ServiceDatabase database;

    private static String newMatchmaker() {
        String id = "mm-" + UUID.randomUUID().toString().substring(0, 8);
        asStaff().body(Map.of("displayName", "红娘 周阿姨", "district", "海西区")).put(MATCHMAKERS + id).then()
                .statusCode(201).body("memberId", equalTo(id));
        return id;
    }

    private static RequestSpecification asMatchmaker(String id) {
        return as(id, "matchmaker");
    }

    /** A verified worker who consents to sharing, assigned to the matchmaker; their member id. */
    private static String assignedTo(String matchmaker, boolean female) {
        String worker = verifiedWorker(female);
        consent(worker, "SHARE_WITH_MATCHMAKER");
        asStaff().put(MATCHMAKERS + matchmaker + "/workers/" + profileId(worker)).then().statusCode(200);
        return worker;
    }

    @Test
    void aMatchmakerSeesOnlyTheWorkersAssignedToThemWhoConsentToSharing() {
        String matchmaker = newMatchmaker();
        String other = newMatchmaker();
        String mine = assignedTo(matchmaker, true);
        String theirs = assignedTo(other, false);
        String noConsent = registered(false);
        asStaff().put(MATCHMAKERS + matchmaker + "/workers/" + profileId(noConsent)).then().statusCode(422);

        asMatchmaker(matchmaker).get(ASSIGNED).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].profileId", equalTo(profileId(mine))).body("items[0].occupation", equalTo("护士"))
                .body("items[0].introducible", equalTo(true))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("contact")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("legalName")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("idNumber")));
        asMatchmaker(matchmaker).get(ASSIGNED + profileId(theirs)).then().statusCode(404);
        asMatchmaker(matchmaker).get(ASSIGNED + profileId(noConsent)).then().statusCode(404);
        asMatchmaker(matchmaker).body(Map.of("text", "x")).post(ASSIGNED + profileId(theirs) + "/notes").then()
                .statusCode(404);
        // a worker, or staff, is not a matchmaker
        asWorker(mine).get(ASSIGNED).then().statusCode(403);

        // withdrawing the consent hides the worker at once; giving it again shows them again
        asWorker(mine).delete("/api/matchmaking/profiles/me/consents/SHARE_WITH_MATCHMAKER").then().statusCode(200);
        asMatchmaker(matchmaker).get(ASSIGNED + profileId(mine)).then().statusCode(404);
        asMatchmaker(matchmaker).get(ASSIGNED).then().body("total", equalTo(0));
        consent(mine, "SHARE_WITH_MATCHMAKER");
        asMatchmaker(matchmaker).get(ASSIGNED + profileId(mine)).then().statusCode(200);
    }

    @Test
    void notesAreEncryptedAndReadByTheirMatchmakerOnly() {
        String matchmaker = newMatchmaker();
        String worker = assignedTo(matchmaker, true);
        String profile = profileId(worker);
        String noteId = asMatchmaker(matchmaker).body(Map.of("text", "性格内向 note-canary-51"))
                .post(ASSIGNED + profile + "/notes").then().statusCode(201).extract().path("noteId");
        asMatchmaker(matchmaker).get(ASSIGNED + profile + "/notes").then().statusCode(200)
                .body("", hasSize(1)).body("[0].text", equalTo("性格内向 note-canary-51"));
        // a note is JSON: a plain-text body is refused, not stored as it came
        asMatchmaker(matchmaker).contentType("text/plain").body("{\"text\": \"x\"}")
                .post(ASSIGNED + profile + "/notes").then().statusCode(415).contentType("application/problem+json");
        assertFalse(database.data().stored("advice_note", "text", UUID.fromString(noteId)).contains("canary"));

        // reassigned: the new matchmaker does not read the old one's notes, the old one no longer reads the worker
        String next = newMatchmaker();
        asStaff().put(MATCHMAKERS + next + "/workers/" + profile).then().statusCode(200);
        asMatchmaker(next).get(ASSIGNED + profile + "/notes").then().statusCode(200).body("", hasSize(0));
        asMatchmaker(matchmaker).get(ASSIGNED + profile + "/notes").then().statusCode(404);
    }

    @Test
    void staffSeeWhoWaitsForAMatchmakerAndARetiredOnesWorkersWaitAgain() {
        String worker = verifiedWorker(false);
        consent(worker, "SHARE_WITH_MATCHMAKER");
        String profile = profileId(worker);
        asStaff().queryParam("size", 100).get(MATCHMAKERS + "waiting-workers").then().statusCode(200)
                .body("items.profileId", hasItem(profile)).body("items[0]", not(org.hamcrest.Matchers.hasKey("legalName")));
        String matchmaker = newMatchmaker();
        asStaff().put(MATCHMAKERS + matchmaker + "/workers/" + profile).then().statusCode(200)
                .body("matchmakerId", equalTo(matchmaker));
        asStaff().queryParam("size", 100).get(MATCHMAKERS + "waiting-workers").then()
                .body("items.profileId", not(hasItem(profile)));
        asStaff().delete(MATCHMAKERS + matchmaker).then().statusCode(204);
        asMatchmaker(matchmaker).get(ASSIGNED + profile).then().statusCode(404);
        asStaff().put(MATCHMAKERS + matchmaker + "/workers/" + profile).then().statusCode(404);
        asStaff().put(MATCHMAKERS + "nobody-here/workers/" + profile).then().statusCode(404);
        asStaff().put(MATCHMAKERS + newMatchmaker() + "/workers/" + UUID.randomUUID()).then().statusCode(404);
        asStaff().put(MATCHMAKERS + "bad%20id/workers/" + profile).then().statusCode(400);
    }

    @Test
    void anIntroductionBothAcceptIsAMatchThatShowsTheContacts() {
        String matchmaker = newMatchmaker();
        String he = assignedTo(matchmaker, false);
        String she = assignedTo(matchmaker, true);
        String introduction = asMatchmaker(matchmaker)
                .body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(she)))
                .post(INTRODUCTIONS).then().statusCode(201).body("status", equalTo("PROPOSED")).extract()
                .path("introductionId");
        asMatchmaker(matchmaker).body(Map.of("firstProfileId", profileId(she), "secondProfileId", profileId(he)))
                .post(INTRODUCTIONS).then().statusCode(409);
        asWorker(she).get(INTRODUCTIONS).then().statusCode(200).body("[0].introductionId", equalTo(introduction))
                .body("[0].profileId", equalTo(profileId(he))).body("[0].occupation", equalTo("电焊工"))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("contact")));

        asWorker(she).body(Map.of("accept", true)).post(INTRODUCTIONS + "/" + introduction + "/answer").then()
                .statusCode(200).body("status", equalTo("PROPOSED")).body("myAnswer", equalTo("ACCEPTED"));
        asWorker(she).get("/api/matchmaking/matches").then().body("", hasSize(0));
        asWorker(she).body(Map.of("accept", false)).post(INTRODUCTIONS + "/" + introduction + "/answer").then()
                .statusCode(409);
        asWorker(registered(true)).body(Map.of("accept", true))
                .post(INTRODUCTIONS + "/" + introduction + "/answer").then().statusCode(404);
        asWorker(he).body(Map.of("accept", true)).post(INTRODUCTIONS + "/" + introduction + "/answer").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));

        List<Map<String, Object>> matches = asWorker(she).get("/api/matchmaking/matches").then().statusCode(200)
                .extract().path("");
        assertEquals(1, matches.size());
        assertEquals(profileId(he), matches.get(0).get("profileId"));
        assertEquals(1, database.data().outbox().payloads("introduction.accepted.v1", UUID.fromString(introduction))
                .size());
        asMatchmaker(matchmaker).get(INTRODUCTIONS + "/proposed").then().statusCode(200)
                .body("[0].status", equalTo("ACCEPTED")).body("[0].decidedAt", not(nullValue()));
        // matched now: not introduced again
        asMatchmaker(matchmaker).body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(she)))
                .post(INTRODUCTIONS).then().statusCode(422);
    }

    @Test
    void anIntroductionLapsesWhenOneCanNoLongerBeIntroducedByTheSecondAcceptance() {
        String matchmaker = newMatchmaker();
        String he = assignedTo(matchmaker, false);
        String she = assignedTo(matchmaker, true);
        String introduction = asMatchmaker(matchmaker)
                .body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(she)))
                .post(INTRODUCTIONS).then().statusCode(201).extract().path("introductionId");
        asWorker(he).body(Map.of("accept", true)).post(INTRODUCTIONS + "/" + introduction + "/answer").then()
                .statusCode(200);
        // he no longer wants to be shown: she sees his id only, and her acceptance finds him gone
        asWorker(he).delete("/api/matchmaking/profiles/me/consents/SHOW_TO_RECOMMENDED").then().statusCode(200);
        asWorker(she).get(INTRODUCTIONS).then().body("[0].selfText", nullValue());
        asWorker(she).body(Map.of("accept", true)).post(INTRODUCTIONS + "/" + introduction + "/answer").then()
                .statusCode(200).body("status", equalTo("LAPSED"));
        asWorker(she).get("/api/matchmaking/matches").then().body("", hasSize(0));
        // lapsed is decided: the matchmaker may propose the two again once he is shown again
        consent(he, "SHOW_TO_RECOMMENDED");
        asMatchmaker(matchmaker).body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(she)))
                .post(INTRODUCTIONS).then().statusCode(201);
    }

    @Test
    void oneRefusalEndsAnIntroductionAndOnlyAManAndAWomanAssignedToMeAreIntroduced() {
        String matchmaker = newMatchmaker();
        String he = assignedTo(matchmaker, false);
        String she = assignedTo(matchmaker, true);
        String otherWoman = assignedTo(matchmaker, true);
        String notMine = assignedTo(newMatchmaker(), true);
        asMatchmaker(matchmaker).body(Map.of("firstProfileId", profileId(she), "secondProfileId", profileId(otherWoman)))
                .post(INTRODUCTIONS).then().statusCode(422);
        asMatchmaker(matchmaker).body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(notMine)))
                .post(INTRODUCTIONS).then().statusCode(404);
        asMatchmaker(matchmaker).body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(he)))
                .post(INTRODUCTIONS).then().statusCode(400).body("errors[0].field", equalTo("secondProfileId"));
        String introduction = asMatchmaker(matchmaker)
                .body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(she)))
                .post(INTRODUCTIONS).then().statusCode(201).extract().path("introductionId");
        asWorker(he).body(Map.of("accept", false)).post(INTRODUCTIONS + "/" + introduction + "/answer").then()
                .statusCode(200).body("status", equalTo("DECLINED"));
        asWorker(she).body(Map.of("accept", true)).post(INTRODUCTIONS + "/" + introduction + "/answer").then()
                .statusCode(409);
        asWorker(she).get("/api/matchmaking/matches").then().body("", hasSize(0));
        // decided: she sees whom it was (the id), no more of him
        asWorker(she).get(INTRODUCTIONS).then().body("[0].status", equalTo("DECLINED"))
                .body("[0].profileId", equalTo(profileId(he))).body("[0].occupation", nullValue());
        // a block stops the next introduction of the two
        asWorker(she).body(Map.of("profileId", profileId(he))).post("/api/matchmaking/blocks").then().statusCode(204);
        asMatchmaker(matchmaker).body(Map.of("firstProfileId", profileId(he), "secondProfileId", profileId(she)))
                .post(INTRODUCTIONS).then().statusCode(422);
    }
}
