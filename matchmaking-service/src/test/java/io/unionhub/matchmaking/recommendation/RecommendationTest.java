package io.unionhub.matchmaking.recommendation;

import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.person;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileId;
import static io.unionhub.matchmaking.support.MatchmakingApi.verified;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;

/**
 * Each test's people are of their own decade of birth, further from the other tests' than their preferred ages
 * reach (widened by the two years a recommendation looks beyond them), so the shared database's other profiles never
 * compete.
 */
@QuarkusTest
@WithKafkaBroker
class RecommendationTest {

    private static final String RECOMMENDATIONS = "/api/matchmaking/recommendations";
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Inject
    ServiceDatabase database;

    private static String district() {
        return "区" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A person born on 1 March of the year; wanting ages from min to max. */
    private static String someone(boolean female, int born, String district, int ageMin, int ageMax) {
        return verified(person(female, born + "0301", district, ageMin, ageMax));
    }

    private static List<String> recommendedTo(String member) {
        return asWorker(member).queryParam("size", 20).get(RECOMMENDATIONS).then().statusCode(200).extract()
                .jsonPath().getList("profileId");
    }

    @Test
    void onlyVerifiedPeopleOfTheOtherGenderWhoConsentAreRecommended() {
        String district = district();
        int born = 1990;
        int age = YEAR - born;
        String me = someone(false, born, district, age - 3, age + 3);
        String eligible = someone(true, born, district, age - 3, age + 3);
        String withdrawn = someone(true, born, district, age - 3, age + 3);
        String hiding = someone(true, born, district, age - 3, age + 3);
        String man = someone(false, born, district, age - 3, age + 3);
        String unverified = registeredAs(person(true, born + "0302", district, age - 3, age + 3));
        consent(unverified, "MATCHING");
        consent(unverified, "SHOW_TO_RECOMMENDED");
        asWorker(withdrawn).delete("/api/matchmaking/profiles/me/consents/MATCHING").then().statusCode(200);
        asWorker(hiding).delete("/api/matchmaking/profiles/me/consents/SHOW_TO_RECOMMENDED").then().statusCode(200);

        List<String> shown = recommendedTo(me);
        assertEquals(List.of(profileId(eligible)), shown);
        asWorker(unverified).get(RECOMMENDATIONS).then().statusCode(422);
        asWorker(hiding).get(RECOMMENDATIONS).then().statusCode(422);
        // someone who is not recommendable does not like either
        asWorker(hiding).body(Map.of("profileId", profileId(me), "decision", "LIKE"))
                .post("/api/matchmaking/interest").then().statusCode(422);
    }

    private static String registeredAs(Map<String, Object> body) {
        String member = "m-" + UUID.randomUUID().toString().substring(0, 8);
        asWorker(member).body(body).put("/api/matchmaking/profiles/me").then().statusCode(201);
        return member;
    }

    @Test
    void aOneSidedFitRanksBelowAMutualOneAndTheReasonsSayWhy() {
        String district = district();
        int born = 1980;
        int age = YEAR - born;
        String me = someone(false, born, district, age - 4, age + 2);
        String mutual = someone(true, born + 2, district, age - 2, age + 5); // wants my age
        String oneSided = someone(true, born + 2, district, age - 12, age - 8); // wants younger men
        JsonPath page = asWorker(me).queryParam("size", 20).get(RECOMMENDATIONS).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(profileId(mutual), profileId(oneSided)), page.getList("profileId"));
        assertEquals(100, page.getInt("[0].score"));
        assertEquals(100, page.getInt("[1].reasons.theirFitToMe"));
        assertEquals(67, page.getInt("[1].reasons.myFitToThem")); // my age far out of her range: a third less
        assertEquals(80, page.getInt("[1].score")); // the harmonic mean of 1 and 2/3
        assertTrue(page.getBoolean("[1].reasons.ageWanted"));
        String body = page.prettify();
        assertFalse(body.contains("contact") || body.contains("legalName") || body.contains("idNumber"), body);
    }

    @Test
    void contactsAreSeenOnlyAfterAMutualLikeAndABlockEndsTheMatch() {
        String district = district();
        int born = 1970;
        int age = YEAR - born;
        String he = someone(false, born, district, age - 2, age + 2);
        String she = someone(true, born, district, age - 2, age + 2);
        String passed = someone(true, born, district, age - 2, age + 2);
        String hisProfile = profileId(he);
        String herProfile = profileId(she);
        asWorker(he).body(Map.of("profileId", herProfile, "decision", "LIKE")).post("/api/matchmaking/interest")
                .then().statusCode(200).body("matched", equalTo(false));
        asWorker(he).body(Map.of("profileId", herProfile, "decision", "PASS")).post("/api/matchmaking/interest")
                .then().statusCode(409);
        asWorker(he).get("/api/matchmaking/matches").then().body("", hasSize(0));
        asWorker(he).body(Map.of("profileId", profileId(passed), "decision", "PASS"))
                .post("/api/matchmaking/interest").then().statusCode(200);
        assertEquals(List.of(), recommendedTo(he));

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
        asWorker(he).body(Map.of("profileId", herProfile, "decision", "LIKE")).post("/api/matchmaking/interest")
                .then().statusCode(404);
    }

    @Test
    void aBlockHidesBothFromEachOtherWithoutAnyLike() {
        String district = district();
        int born = 1960;
        int age = YEAR - born;
        String he = someone(false, born, district, age - 2, age + 2);
        String she = someone(true, born, district, age - 2, age + 2);
        assertEquals(List.of(profileId(she)), recommendedTo(he));
        asWorker(she).body(Map.of("profileId", profileId(he))).post("/api/matchmaking/blocks").then()
                .statusCode(204);
        assertEquals(List.of(), recommendedTo(he));
        assertEquals(List.of(), recommendedTo(she));
        // an unknown profile, whichever side of the caller's id it sorts on
        for (String unknown : List.of("00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff")) {
            asWorker(she).body(Map.of("profileId", unknown)).post("/api/matchmaking/blocks").then().statusCode(404);
        }
    }

    @Test
    void someoneShownOnThreeDaysIsNotShownAgainAndAReloadTheSameDayDoesNotCount() throws Exception {
        String district = district();
        int born = 1950;
        int age = YEAR - born;
        String me = someone(false, born, district, age - 2, age + 2);
        String her = profileId(someone(true, born, district, age - 2, age + 2));
        for (int reload = 0; reload < 4; reload++) {
            assertEquals(List.of(her), recommendedTo(me), "the same day, reload " + reload);
        }
        try (var db = database.data().openConnection(); var st = db.createStatement()) {
            // as if shown on two earlier days as well
            st.executeUpdate("update recommendation_shown set times = 3, last_shown_on = last_shown_on - 1 "
                    + "where shown_id = '" + her + "'");
        }
        assertEquals(List.of(), recommendedTo(me));
    }

    @Test
    void lookingFirstAtThePeopleWantedExactlyNeverHidesTheNextBest() {
        // people born in 1996–1998, away from the other tests' decades and the 2001/2003 workers of other classes
        String district = district();
        String me = someone(false, 1998, district, YEAR - 1999, YEAR - 1997);
        String perfect = profileId(someone(true, 1998, district, YEAR - 2000, YEAR - 1996));
        String oneYearOut = profileId(someone(true, 1996, district, YEAR - 2000, YEAR - 1996));

        // the one wanted exactly scores above what anyone else can (95.65): the first look is the answer
        asWorker(me).queryParam("size", 1).get(RECOMMENDATIONS).then().statusCode(200)
                .body("profileId", equalTo(List.of(perfect))).body("[0].score", equalTo(100));
        // two asked for, one found there: the whole window is scored, and the next best is the one a year out
        asWorker(me).queryParam("size", 2).get(RECOMMENDATIONS).then().statusCode(200)
                .body("profileId", equalTo(List.of(perfect, oneYearOut))).body("[1].score", equalTo(96))
                .body("[1].reasons.ageWanted", equalTo(false));
    }
}
