package io.unionhub.training.cohort;

import static io.restassured.RestAssured.given;
import static io.unionhub.training.support.TrainingApi.THREE_DAY;
import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asCadre;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.newMemberId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.ServiceDatabase;

@QuarkusTest
@WithKafkaBroker
class CohortTest {

    @Inject
    ServiceDatabase database;

    @Test
    void theTwoPlusThreeTracksAreSeededAsData() {
        asStaff().get("/api/training/tracks").then().statusCode(200)
                .body("code", equalTo(List.of("two-day", "three-day")))
                .body("days", equalTo(List.of(2, 3)))
                .body("[1].eligibleRoles", equalTo(List.of("CHAIR", "VICE_CHAIR")));
    }

    @Test
    void aCohortEndsAfterItsTracksDaysWithTheTracksCoreModules() {
        LocalDate start = LocalDate.now().plusDays(40);
        String id = asStaff().body(Map.of("trackId", TWO_DAY.toString(), "startsOn", start.toString(),
                        "venue", "City Workers' Cultural Palace", "capacity", 50))
                .post("/api/training/cohorts")
                .then().statusCode(201)
                .body("endsOn", equalTo(start.plusDays(1).toString()))
                .body("coreModules", hasSize(3))
                .body("enrolmentOpen", equalTo(true))
                .extract().path("id");
        assertEquals(1, database.payloads("cohort.scheduled.v1", id).size());
    }

    @Test
    void aCohortCannotStartInThePast() {
        asStaff().body(Map.of("trackId", TWO_DAY.toString(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "venue", "Hall", "capacity", 10))
                .post("/api/training/cohorts")
                .then().statusCode(422)
                .body("type", equalTo("https://unionhub.io/problems/business-rule"))
                .body("errors[0].field", equalTo("startsOn"))
                .body("errors[0].message", equalTo("must be today or later"));
    }

    @Test
    void aCohortOfAnUnknownTrackNamesTheField() {
        asStaff().body(Map.of("trackId", "00000000-0000-0000-0000-00000000dead", "startsOn",
                        LocalDate.now().plusDays(10).toString(), "venue", "Hall", "capacity", 10))
                .post("/api/training/cohorts")
                .then().statusCode(400)
                .body("type", equalTo("https://unionhub.io/problems/validation"))
                .body("errors[0].field", equalTo("trackId"));
    }

    @Test
    void onlyUnionStaffScheduleAndEditTracks() {
        asCadre(newMemberId()).body(Map.of("trackId", TWO_DAY.toString(), "startsOn",
                        LocalDate.now().plusDays(9).toString(), "venue", "Hall", "capacity", 10))
                .post("/api/training/cohorts").then().statusCode(403);
        Map<String, Object> sameTrack = Map.of("name", "2-day course", "days", 2, "eligibleRoles",
                List.of("FULL_TIME", "PART_TIME"), "requiredForRoles", List.of("PART_TIME"), "coreModules",
                List.of("Theory"));
        for (String role : List.of("cadre", "ops", "worker")) {
            given().header("Authorization", TestTokens.bearer("not-staff", role)).contentType(ContentType.JSON)
                    .body(sameTrack).put("/api/training/tracks/" + TWO_DAY)
                    .then().statusCode(403).body("type", equalTo("https://unionhub.io/problems/forbidden"));
        }
        asStaff().body(Map.of("name", "2-day course", "days", 2, "eligibleRoles", List.of("FULL_TIME"),
                        "requiredForRoles", List.of("PART_TIME"), "coreModules", List.of("Theory")))
                .put("/api/training/tracks/" + TWO_DAY)
                .then().statusCode(422)
                .body("detail", equalTo("A track can only be required for roles that are eligible for it."));
    }

    @Test
    void staffEditATracksModules() {
        asStaff().body(Map.of("name", "3-day course for grassroots chairs and vice-chairs", "days", 3,
                        "eligibleRoles", List.of("CHAIR", "VICE_CHAIR"), "requiredForRoles", List.of("CHAIR", "VICE_CHAIR"),
                        "coreModules", List.of("Ideological-work responsibility", "The union's safety-production duties",
                                "Leading a grassroots union", "Collective bargaining")))
                .put("/api/training/tracks/" + THREE_DAY)
                .then().statusCode(200).body("coreModules", hasSize(4));
    }
}
