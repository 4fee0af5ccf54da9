package io.unionhub.training.campaign;

import static io.unionhub.training.support.TrainingApi.THREE_DAY;
import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asCadre;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.enrol;
import static io.unionhub.training.support.TrainingApi.newMemberId;
import static io.unionhub.training.support.TrainingApi.registerCadre;
import static io.unionhub.training.support.TrainingApi.scheduleCohort;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.TestClock;

/**
 * A campaign over two districts of its own. The clock moves past every cohort other tests scheduled, so the cohorts
 * this test schedules are the only ones open for invitations.
 */
@QuarkusTest
@WithKafkaBroker
class CoverageCampaignTest {

    private static final int FAR = 400;

    @Inject
    TestClock clock;

    /** The service's today when the test began, before it moved the clock. */
    private LocalDate today;

    @BeforeEach
    void noteToday() {
        today = clock.today();
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void coverageCountsCadresWhoCompletedTheirRequiredTrackAndInvitesTheRest() {
        String north = "North-" + UUID.randomUUID();
        String south = "South-" + UUID.randomUUID();
        UUID trainedWorker = registerCadre(newMemberId(), "FULL_TIME", north, "North Water Company");
        UUID chair = registerCadre(newMemberId(), "CHAIR", north, "North Water Company");
        registerCadre(newMemberId(), "FULL_TIME", north, "North AI Park");
        registerCadre(newMemberId(), "PART_TIME", north, "North AI Park");
        registerCadre(newMemberId(), "PART_TIME", south, "South Salt Park");
        registerCadre(newMemberId(), "PART_TIME", south, "South Salt Park");
        String campaign = startCampaign(List.of(north, south));

        // the worker and the chair both complete the 2-day course: only the worker's is the required track
        clock.advanceDays(FAR);
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(FAR + 1), 10);
        enrol(cohort, trainedWorker);
        enrol(cohort, chair);
        clock.advanceDays(2);
        for (int day = 1; day <= 2; day++) {
            asStaff().body(Map.of("marks", List.of(Map.of("cadreId", trainedWorker.toString(), "status", "PRESENT"),
                            Map.of("cadreId", chair.toString(), "status", "PRESENT"))))
                    .put("/api/training/cohorts/" + cohort + "/attendance/" + day).then().statusCode(200);
        }

        asStaff().queryParam("size", 100).get("/api/training/campaigns").then().statusCode(200)
                .body("items.id", hasItem(campaign));
        asStaff().get("/api/training/campaigns/" + campaign + "/coverage").then().statusCode(200)
                .body("cadres", equalTo(6))
                .body("trained", equalTo(1))
                .body("coverage", equalTo(0.1667f))
                .body("byDistrict.name", equalTo(List.of(north, south)))
                .body("byDistrict.cadres", equalTo(List.of(4, 2)))
                .body("byDistrict.trained", equalTo(List.of(1, 0)))
                .body("byUnit.find { it.name == 'North Water Company' }.coverage", equalTo(0.5f))
                .body("projection.completionsSoFar", equalTo(1))
                .body("projection.untrained", equalTo(5))
                .body("projection.projectedCompletion", notNullValue());
        asStaff().queryParam("size", 100).get("/api/training/campaigns/" + campaign + "/untrained").then()
                .body("total", equalTo(5))
                .body("items.id", hasItem(chair.toString()))
                .body("items.id", not(hasItem(trainedWorker.toString())));

        // two places on the next 2-day cohort, one on the next 3-day cohort: the chair's track is the 3-day one
        UUID nextTwoDay = scheduleCohort(TWO_DAY, today.plusDays(FAR + 20), 2);
        UUID nextThreeDay = scheduleCohort(THREE_DAY, today.plusDays(FAR + 25), 1);
        asStaff().post("/api/training/campaigns/" + campaign + "/invite-untrained").then().statusCode(200)
                .body("invited", equalTo(3))
                .body("withoutPlace", equalTo(2));
        asStaff().get("/api/training/campaigns/" + campaign + "/invitations").then()
                .body("items.findAll { it.cohortId == '" + nextTwoDay + "' }.size()", equalTo(2))
                .body("items.find { it.cohortId == '" + nextThreeDay + "' }.cadreId", equalTo(chair.toString()));
        asStaff().post("/api/training/campaigns/" + campaign + "/invite-untrained").then()
                .body("invited", equalTo(0)).body("withoutPlace", equalTo(2));
    }

    @Test
    void aCampaignWithNobodyTrainedIsNotOnTrack() {
        String district = "Quiet-" + UUID.randomUUID();
        registerCadre(newMemberId(), "FULL_TIME", district, "Quiet Street");
        String campaign = startCampaign(List.of(district));
        asStaff().get("/api/training/campaigns/" + campaign + "/coverage").then()
                .body("coverage", equalTo(0.0f))
                .body("projection.onTrack", equalTo(false))
                .body("projection.projectedCompletion", equalTo(null));
    }

    @Test
    void theTopicsReportSetsRequestedAgainstDelivered() {
        String district = "Topics-" + UUID.randomUUID();
        String campaign = startCampaign(List.of(district));
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(60), 10);
        String memberId = newMemberId();
        enrol(cohort, registerCadre(memberId, "FULL_TIME", district, "Water Company"));
        asCadre(memberId).body(Map.of("topics", List.of(Map.of("topic", "工会数字化"), Map.of("topic", "安全生产"))))
                .post("/api/training/cohorts/" + cohort + "/topic-requests").then().statusCode(201);
        asStaff().body(Map.of("category", "Digital transformation of unions"))
                .post("/api/training/cohorts/" + cohort + "/extension-modules").then().statusCode(200);

        asStaff().get("/api/training/campaigns/" + campaign + "/topics-report").then().statusCode(200)
                .body("category", equalTo(List.of("Digital transformation of unions", "Safety team building")))
                .body("requests", equalTo(List.of(1, 1)))
                .body("cohortsDelivering", equalTo(List.of(1, 0)));
    }

    @Test
    void opsMayReadButNotStartCampaigns() {
        var ops = io.restassured.RestAssured.given()
                .header("Authorization", io.unionhub.kit.testing.TestTokens.bearer("ops-1", "ops"))
                .contentType("application/json");
        ops.body(Map.of("name", "x", "startsOn", "2026-01-01", "endsOn", "2027-12-31"))
                .post("/api/training/campaigns").then().statusCode(403);
    }

    private String startCampaign(List<String> districts) {
        return asStaff().body(Map.of("name", "Not one left behind", "startsOn",
                        today.minusDays(30).toString(), "endsOn", today.plusYears(3).toString(),
                        "districts", districts))
                .post("/api/training/campaigns").then().statusCode(201).extract().path("id");
    }
}
