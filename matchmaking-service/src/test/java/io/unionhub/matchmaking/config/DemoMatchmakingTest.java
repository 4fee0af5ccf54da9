package io.unionhub.matchmaking.config;

import static io.unionhub.matchmaking.support.MatchmakingApi.as;
import static io.unionhub.matchmaking.support.MatchmakingApi.asStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.WithKafkaBroker;

/**
 * With demo data on, an empty database gets four months of the program: verified profiles, matches, introductions,
 * a mixer held with its pairs and one open, couples, marriages and weddings. Replayed on the service's own clock,
 * so the tests' movable one is left out.
 */
@QuarkusTest
@WithKafkaBroker
@TestProfile(DemoMatchmakingTest.DemoDataOn.class)
class DemoMatchmakingTest {

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unionhub.matchmaking.demo-data", "true",
                    "quarkus.arc.exclude-types", "io.unionhub.matchmaking.support.TestClock");
        }
    }

    @Test
    void anEmptyDatabaseGetsProfilesAMixerWithPairsCouplesAndWeddings() {
        JsonPath figures = asStaff().get("/api/matchmaking/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(160, figures.getInt("profiles"));
        assertEquals(160, figures.getInt("verifiedProfiles"));
        assertEquals(1, figures.getInt("mixersHeld"));
        assertEquals(50, figures.getInt("participations"));
        assertEquals(8 + 1 + 9, figures.getInt("matches"), "likes, an introduction, the train's closing round");
        assertEquals(6, figures.getInt("couples"));
        assertEquals(4, figures.getInt("marriages"));
        assertEquals(1, figures.getInt("weddingsHeld"));
        assertEquals(2, figures.getInt("weddingCouples"), "the couples at the wedding held (one more registered for the next)");

        String open = asStaff().queryParam("status", "OPEN").get("/api/matchmaking/mixers").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].mixerId");
        asStaff().get("/api/matchmaking/mixers/" + open).then().body("venues.size()", equalTo(9));
        String held = asStaff().queryParam("status", "CLOSED").get("/api/matchmaking/mixers").then()
                .extract().path("items[0].mixerId");
        asStaff().get("/api/matchmaking/mixers/" + held + "/figures").then().body("pairs", equalTo(9))
                .body("venues[0].men.seats", equalTo(25)).body("waitlisted", equalTo(9));
        int groups = asStaff().get("/api/matchmaking/mixer-wishes/grouped").then().statusCode(200).extract()
                .path("total");
        assertTrue(groups > 3);
        as("demo-matchmaker-1", "matchmaker").get("/api/matchmaking/assigned-workers").then().body("total",
                equalTo(8));
    }
}
