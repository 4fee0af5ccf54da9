package io.unionhub.matchmaking.recommendation;

import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.person;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileId;
import static io.unionhub.matchmaking.support.MatchmakingApi.registered;
import static io.unionhub.matchmaking.support.MatchmakingApi.verified;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;

@QuarkusTest
@WithKafkaBroker
class RecommendationTest {

    private static final String RECOMMENDATIONS = "/api/matchmaking/recommendations";

    @Inject
    ServiceDatabase database;

    private static String district() {
        return "区" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static List<String> recommendedTo(String member) {
        return asWorker(member).queryParam("size", 20).get(RECOMMENDATIONS).then().statusCode(200).extract()
                .jsonPath().getList("profileId");
    }

    @Test
    void onlyVerifiedPeopleOfTheOtherGenderWhoConsentAreRecommended() {
        String district = district();
        String me = verified(person(false, "19960307", district, 22, 35));
        String eligible = verified(person(true, "19980101", district, 25, 35));
        String withdrawn = verified(person(true, "19980102", district, 25, 35));
        String hiding = verified(person(true, "19980103", district, 25, 35));
        String man = verified(person(false, "19980104", district, 25, 35));
        String unverified = registered(true);
        consent(unverified, "MATCHING");
        consent(unverified, "SHOW_TO_RECOMMENDED");
        asWorker(withdrawn).delete("/api/matchmaking/profiles/me/consents/MATCHING").then().statusCode(200);
        asWorker(hiding).delete("/api/matchmaking/profiles/me/consents/SHOW_TO_RECOMMENDED").then().statusCode(200);

        List<String> shown = recommendedTo(me);
        assertTrue(shown.contains(profileId(eligible)), shown.toString());
        for (String hidden : List.of(withdrawn, hiding, man, unverified)) {
            assertFalse(shown.contains(profileId(hidden)), hidden);
        }
        asWorker(unverified).get(RECOMMENDATIONS).then().statusCode(422);
        asWorker(hiding).get(RECOMMENDATIONS).then().statusCode(422);
    }

    @Test
    void aOneSidedFitRanksBelowAMutualOneAndTheReasonsSayWhy() {
        String district = district();
        String me = verified(person(false, "19960307", district, 22, 32)); // 30 this year
        String mutual = verified(person(true, "19980101", district, 28, 35)); // wants my age
        String oneSided = verified(person(true, "19980102", district, 22, 25)); // wants younger men
        JsonPath page = asWorker(me).queryParam("size", 20).get(RECOMMENDATIONS).then().statusCode(200).extract()
                .jsonPath();
        List<String> ids = page.getList("profileId");
        int mutualAt = ids.indexOf(profileId(mutual));
        int oneSidedAt = ids.indexOf(profileId(oneSided));
        assertTrue(mutualAt >= 0 && oneSidedAt > mutualAt, ids.toString());
        assertEquals(100, page.getInt("[" + mutualAt + "].score"));
        assertEquals(100, page.getInt("[" + oneSidedAt + "].reasons.theirFitToMe"));
        assertTrue(page.getInt("[" + oneSidedAt + "].reasons.myFitToThem") < 100);
        assertTrue(page.getBoolean("[" + oneSidedAt + "].reasons.ageWanted"));
        String body = page.prettify();
        assertFalse(body.contains("contact") || body.contains("legalName") || body.contains("idNumber"), body);
    }

    @Test
    void contactsAreSeenOnlyAfterAMutualLikeAndABlockEndsTheMatch() {
        String district = district();
        String he = verified(person(false, "19960307", district, 22, 35));
        String she = verified(person(true, "19980101", district, 25, 35));
        String passed = verified(person(true, "19980102", district, 25, 35));
        String hisProfile = profileId(he);
        String herProfile = profileId(she);
        asWorker(he).body(Map.of("profileId", herProfile, "decision", "LIKE")).post("/api/matchmaking/interest")
                .then().statusCode(200).body("matched", equalTo(false));
        asWorker(he).body(Map.of("profileId", herProfile, "decision", "PASS")).post("/api/matchmaking/interest")
                .then().statusCode(409);
        asWorker(he).get("/api/matchmaking/matches").then().body("", hasSize(0));
        asWorker(he).body(Map.of("profileId", profileId(passed), "decision", "PASS"))
                .post("/api/matchmaking/interest").then().statusCode(200);
        List<String> toHim = recommendedTo(he);
        assertFalse(toHim.contains(herProfile) || toHim.contains(profileId(passed)), toHim.toString());

        String matchId = asWorker(she).body(Map.of("profileId", hisProfile, "decision", "LIKE"))
                .post("/api/matchmaking/interest").then().statusCode(200).body("matched", equalTo(true))
                .extract().path("matchId");
        String herContact = asWorker(she).get("/api/matchmaking/profiles/me").then().extract().path("contact");
        asWorker(he).get("/api/matchmaking/matches").then().body("", hasSize(1))
                .body("[0].profileId", equalTo(herProfile)).body("[0].contact", equalTo(herContact));
        asWorker(she).get("/api/matchmaking/matches").then().body("[0].profileId", equalTo(hisProfile));
        List<String> formed = database.data().outbox().payloads("match.formed.v1", UUID.fromString(matchId));
        assertEquals(1, formed.size());
        assertFalse(formed.get(0).contains("微信") || formed.get(0).contains("FEMALE"), formed.get(0));

        asWorker(she).body(Map.of("profileId", hisProfile)).post("/api/matchmaking/blocks").then().statusCode(204);
        asWorker(he).get("/api/matchmaking/matches").then().body("", hasSize(0));
        asWorker(she).get("/api/matchmaking/matches").then().body("", hasSize(0));
        assertFalse(recommendedTo(she).contains(hisProfile));
        asWorker(he).body(Map.of("profileId", herProfile, "decision", "LIKE")).post("/api/matchmaking/interest")
                .then().statusCode(404);
    }

    @Test
    void someoneShownThreeTimesIsNotShownAgain() {
        String district = district();
        String me = verified(person(false, "19960307", district, 22, 35));
        String her = profileId(verified(person(true, "19980101", district, 25, 35)));
        for (int call = 1; call <= 3; call++) {
            assertTrue(recommendedTo(me).contains(her), "call " + call);
        }
        assertFalse(recommendedTo(me).contains(her));
    }
}
