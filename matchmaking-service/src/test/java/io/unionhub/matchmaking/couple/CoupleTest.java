package io.unionhub.matchmaking.couple;

import static io.unionhub.matchmaking.support.MatchmakingApi.asStaff;
import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.matched;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileId;
import static io.unionhub.matchmaking.support.MatchmakingApi.verifiedWorker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class CoupleTest {

    @Inject
    TestClock clock;

    private static long figure(String name) {
        return asStaff().get("/api/matchmaking/figures").then().statusCode(200).extract().jsonPath().getLong(name);
    }

    @Test
    void aMatchBecomesACoupleThenMarriedThenTakesAPlaceAtACollectiveWedding() {
        long couplesBefore = figure("couples");
        long marriagesBefore = figure("marriages");
        String he = verifiedWorker(false);
        String she = verifiedWorker(true);
        String match = matched(he, she);
        String stranger = verifiedWorker(true);
        asWorker(stranger).body(Map.of("matchId", match)).post("/api/matchmaking/couples").then().statusCode(400)
                .body("errors[0].field", equalTo("matchId"));
        String couple = asWorker(she).body(Map.of("matchId", match)).post("/api/matchmaking/couples").then()
                .statusCode(201).extract().path("coupleId");
        asWorker(he).body(Map.of("matchId", match)).post("/api/matchmaking/couples").then().statusCode(409);
        asWorker(he).get("/api/matchmaking/couples/mine").then().body("[0].coupleId", equalTo(couple));
        // a couple is recommended to nobody and gets no recommendations
        asWorker(he).get("/api/matchmaking/recommendations").then().statusCode(422);
        asWorker(verifiedWorker(false)).queryParam("size", 20).get("/api/matchmaking/recommendations").then()
                .body("profileId", not(hasItem(profileId(she))));

        String today = clock.today().toString();
        asWorker(he).body(Map.of("marriedOn", clock.today().plusDays(1).toString()))
                .post("/api/matchmaking/couples/" + couple + "/marriage").then().statusCode(400)
                .body("errors[0].field", equalTo("marriedOn"));
        asWorker(he).body(Map.of("marriedOn", clock.today().minusDays(1).toString()))
                .post("/api/matchmaking/couples/" + couple + "/marriage").then().statusCode(400);
        asWorker(stranger).body(Map.of("marriedOn", today)).post("/api/matchmaking/couples/" + couple + "/marriage")
                .then().statusCode(404);
        asWorker(he).body(Map.of("marriedOn", today)).post("/api/matchmaking/couples/" + couple + "/marriage").then()
                .statusCode(200).body("marriedOn", equalTo(today));
        asWorker(she).body(Map.of("marriedOn", today)).post("/api/matchmaking/couples/" + couple + "/marriage").then()
                .statusCode(409);

        String wedding = asStaff().body(Map.of("title", "集体婚礼", "heldOn", clock.today().plusDays(30).toString(),
                "venue", "海滨公园", "capacity", 1)).post("/api/matchmaking/weddings").then().statusCode(201)
                .extract().path("weddingId");
        asWorker(she).body(Map.of("coupleId", couple)).post("/api/matchmaking/weddings/" + wedding + "/registrations")
                .then().statusCode(201).body("weddingId", equalTo(wedding));
        asWorker(he).body(Map.of("coupleId", couple)).post("/api/matchmaking/weddings/" + wedding + "/registrations")
                .then().statusCode(409);
        asWorker(she).get("/api/matchmaking/weddings").then().body("items.find { it.weddingId == '" + wedding
                + "' }.couples", equalTo(1));

        assertEquals(couplesBefore + 1, figure("couples"));
        assertEquals(marriagesBefore + 1, figure("marriages"));
    }

    @Test
    void aWeddingTakesMarriedCouplesWhileThereIsRoom() {
        String wedding = asStaff().body(Map.of("title", "集体婚礼", "heldOn", clock.today().plusDays(10).toString(),
                "venue", "工人文化宫", "capacity", 1)).post("/api/matchmaking/weddings").then().statusCode(201)
                .extract().path("weddingId");
        Reported first = couple(true);
        Reported second = couple(true);
        Reported unmarried = couple(false);
        asWorker(unmarried.member()).body(Map.of("coupleId", unmarried.coupleId()))
                .post("/api/matchmaking/weddings/" + wedding + "/registrations").then().statusCode(422);
        asWorker(first.member()).body(Map.of("coupleId", first.coupleId()))
                .post("/api/matchmaking/weddings/" + wedding + "/registrations").then().statusCode(201);
        asWorker(second.member()).body(Map.of("coupleId", second.coupleId()))
                .post("/api/matchmaking/weddings/" + wedding + "/registrations").then().statusCode(409);
        asStaff().body(Map.of("title", "集体婚礼", "heldOn", clock.today().toString(), "venue", "v", "capacity", 10))
                .post("/api/matchmaking/weddings").then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
    }

    @Test
    void aCoupleEndsWhenEitherSaysSoOrBlocksTheOtherAndBothMayBeRecommendedAgain() {
        String wedding = asStaff().body(Map.of("title", "集体婚礼", "heldOn", clock.today().plusDays(10).toString(),
                "venue", "工人文化宫", "capacity", 5)).post("/api/matchmaking/weddings").then().statusCode(201)
                .extract().path("weddingId");
        String he = verifiedWorker(false);
        String she = verifiedWorker(true);
        String couple = asWorker(he).body(Map.of("matchId", matched(he, she))).post("/api/matchmaking/couples")
                .then().statusCode(201).extract().path("coupleId");
        asWorker(he).body(Map.of("marriedOn", clock.today().toString()))
                .post("/api/matchmaking/couples/" + couple + "/marriage").then().statusCode(200);
        asWorker(she).body(Map.of("coupleId", couple)).post("/api/matchmaking/weddings/" + wedding + "/registrations")
                .then().statusCode(201);
        asWorker(verifiedWorker(true)).delete("/api/matchmaking/couples/" + couple).then().statusCode(404);

        asWorker(she).delete("/api/matchmaking/couples/" + couple).then().statusCode(200)
                .body("endedAt", org.hamcrest.Matchers.notNullValue()).body("weddingId", org.hamcrest.Matchers.nullValue());
        asWorker(he).get("/api/matchmaking/recommendations").then().statusCode(200);
        asWorker(she).get("/api/matchmaking/weddings").then().body("items.find { it.weddingId == '" + wedding
                + "' }.couples", equalTo(0));
        asWorker(he).delete("/api/matchmaking/couples/" + couple).then().statusCode(409);
        asWorker(he).body(Map.of("coupleId", couple)).post("/api/matchmaking/weddings/" + wedding + "/registrations")
                .then().statusCode(409);

        // a block ends a couple too
        String man = verifiedWorker(false);
        String woman = verifiedWorker(true);
        String other = asWorker(man).body(Map.of("matchId", matched(man, woman))).post("/api/matchmaking/couples")
                .then().statusCode(201).extract().path("coupleId");
        asWorker(woman).body(Map.of("profileId", profileId(man))).post("/api/matchmaking/blocks").then().statusCode(204);
        asWorker(man).get("/api/matchmaking/couples/mine").then().body("[0].coupleId", equalTo(other))
                .body("[0].endedAt", org.hamcrest.Matchers.notNullValue());
        asWorker(woman).get("/api/matchmaking/recommendations").then().statusCode(200);
    }

    /** A couple, and the member who reported it. */
    private record Reported(String coupleId, String member) {
    }

    /** A couple reported by a new man, married today if asked. */
    private Reported couple(boolean married) {
        String he = verifiedWorker(false);
        String match = matched(he, verifiedWorker(true));
        String couple = asWorker(he).body(Map.of("matchId", match)).post("/api/matchmaking/couples").then()
                .statusCode(201).extract().path("coupleId");
        if (married) {
            asWorker(he).body(Map.of("marriedOn", clock.today().toString()))
                    .post("/api/matchmaking/couples/" + couple + "/marriage").then().statusCode(200);
        }
        return new Reported(couple, he);
    }
}
