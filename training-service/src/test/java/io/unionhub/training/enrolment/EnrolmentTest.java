package io.unionhub.training.enrolment;

import static io.unionhub.training.support.TrainingApi.THREE_DAY;
import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asCadre;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.enrol;
import static io.unionhub.training.support.TrainingApi.enrolmentId;
import static io.unionhub.training.support.TrainingApi.newMemberId;
import static io.unionhub.training.support.TrainingApi.registerCadre;
import static io.unionhub.training.support.TrainingApi.scheduleCohort;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.ServiceDatabase;
import io.unionhub.training.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class EnrolmentTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Inject
    ServiceDatabase database;

    @Inject
    TestClock clock;

    /** The service's today when the test began, before it moved the clock. */
    private LocalDate today;

    @BeforeEach
    void noteToday() {
        today = clock.today();
    }

    @Test
    void onlyEligibleRolesMayEnrol() {
        UUID cohort = scheduleCohort(THREE_DAY, NEXT_MONTH, 10);
        UUID fullTime = registerCadre("FULL_TIME", "Binhai");

        asStaff().body(Map.of("cadreId", fullTime.toString())).post("/api/training/cohorts/" + cohort + "/enrolments")
                .then().statusCode(422)
                .body("type", equalTo("https://unionhub.io/problems/business-rule"))
                .body("detail", equalTo(
                        "The role FULL_TIME is not eligible for the track \"3-day course for grassroots chairs and vice-chairs\"."));
        assertEquals("CONFIRMED", enrol(cohort, registerCadre("VICE_CHAIR", "Binhai")));
    }

    @Test
    void noCadreTwiceInOneCohortNorInTwoOverlappingOnes() {
        UUID cadre = registerCadre("CHAIR", "Binhai");
        UUID first = scheduleCohort(THREE_DAY, NEXT_MONTH.plusDays(3), 10);     // days 3, 4, 5
        UUID overlapping = scheduleCohort(TWO_DAY, NEXT_MONTH.plusDays(5), 10); // days 5, 6: shares day 5
        UUID later = scheduleCohort(TWO_DAY, NEXT_MONTH.plusDays(10), 10);
        enrol(first, cadre);

        asStaff().body(Map.of("cadreId", cadre.toString())).post("/api/training/cohorts/" + first + "/enrolments")
                .then().statusCode(409).body("detail", equalTo("The cadre is already enrolled in this cohort."));
        asStaff().body(Map.of("cadreId", cadre.toString())).post("/api/training/cohorts/" + overlapping + "/enrolments")
                .then().statusCode(409).body("type", equalTo("https://unionhub.io/problems/conflict"));
        assertEquals("CONFIRMED", enrol(later, cadre));
    }

    @Test
    void beyondCapacityCadresAreWaitlistedInOrder() {
        UUID cohort = scheduleCohort(TWO_DAY, NEXT_MONTH, 2);
        List<UUID> cadres = IntStream.range(0, 5).mapToObj(i -> registerCadre("PART_TIME", "Haixi")).toList();
        List<Map<String, Object>> answers = cadres.stream().map(c -> asStaff()
                .body(Map.of("cadreId", c.toString())).post("/api/training/cohorts/" + cohort + "/enrolments")
                .then().statusCode(201).extract().<Map<String, Object>>path("")).toList();

        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED", "WAITLISTED"),
                answers.stream().map(a -> a.get("status")).toList());
        assertEquals(List.of(0, 0, 1, 2, 3), answers.stream().map(a -> a.get("waitlistPosition")).toList());
        assertEquals(List.of(1, 2, 3), database.payloads("enrolment.waitlisted.v1", cohort).stream()
                .map(payload -> Integer.valueOf(payload.replaceAll(".*\"position\":\\s*(\\d+).*", "$1"))).toList());
        asStaff().queryParam("status", "WAITLISTED").get("/api/training/cohorts/" + cohort + "/enrolments")
                .then().body("items.cadreId", equalTo(cadres.subList(2, 5).stream().map(UUID::toString).toList()))
                .body("items.waitlistPosition", equalTo(List.of(1, 2, 3)));
        // unfiltered, a page at a time: positions run on across pages
        asStaff().queryParam("size", 2).queryParam("page", 1).get("/api/training/cohorts/" + cohort + "/enrolments")
                .then().body("items.waitlistPosition", equalTo(List.of(1, 2)));
        asStaff().queryParam("size", 2).queryParam("page", 2).get("/api/training/cohorts/" + cohort + "/enrolments")
                .then().body("items.waitlistPosition", equalTo(List.of(3)));
    }

    @Test
    void aCancellationPromotesTheFirstWaitlistedAutomatically() {
        UUID cohort = scheduleCohort(TWO_DAY, NEXT_MONTH, 1);
        UUID confirmed = registerCadre("FULL_TIME", "Haixi");
        UUID firstInLine = registerCadre("FULL_TIME", "Haixi");
        UUID secondInLine = registerCadre("FULL_TIME", "Haixi");
        UUID confirmedEnrolment = enrolmentId(cohort, confirmed);
        UUID firstEnrolment = enrolmentId(cohort, firstInLine);
        enrol(cohort, secondInLine);

        asStaff().post("/api/training/enrolments/" + confirmedEnrolment + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        asStaff().get("/api/training/enrolments/" + firstEnrolment)
                .then().body("status", equalTo("CONFIRMED")).body("waitlistPosition", equalTo(0));
        asStaff().queryParam("status", "WAITLISTED").get("/api/training/cohorts/" + cohort + "/enrolments")
                .then().body("items.cadreId", equalTo(List.of(secondInLine.toString())))
                .body("items[0].waitlistPosition", equalTo(1));
        assertEquals(1, database.payloads("enrolment.promoted.v1", cohort).size());
        assertTrue(database.payloads("enrolment.promoted.v1", cohort).get(0).contains(firstEnrolment.toString()));
        asStaff().post("/api/training/enrolments/" + confirmedEnrolment + "/cancel").then().statusCode(409);
    }

    @Test
    void aCadreEnrolsThemselvesAndCancelsOnlyTheirOwnPlace() {
        String me = newMemberId();
        UUID myId = registerCadre(me, "PART_TIME", "Haixi", "Haixi Street");
        UUID cohort = scheduleCohort(TWO_DAY, NEXT_MONTH, 5);

        String mine = asCadre(me).body("{}").post("/api/training/cohorts/" + cohort + "/enrolments")
                .then().statusCode(201).body("cadreId", equalTo(myId.toString())).extract().path("id");
        asCadre(me).body(Map.of("cadreId", registerCadre("PART_TIME", "Haixi").toString()))
                .post("/api/training/cohorts/" + cohort + "/enrolments").then().statusCode(403);
        UUID someoneElses = enrolmentId(cohort, registerCadre("PART_TIME", "Haixi"));
        asCadre(me).post("/api/training/enrolments/" + someoneElses + "/cancel").then().statusCode(403);
        asCadre(me).post("/api/training/enrolments/" + mine + "/cancel").then().statusCode(200);
    }

    @Test
    void aCadreListsTheirOwnEnrolmentsOnlyTheLatestFirst() {
        String me = newMemberId();
        UUID myId = registerCadre(me, "PART_TIME", "Haixi", "Haixi Street");
        UUID first = scheduleCohort(TWO_DAY, NEXT_MONTH, 5);
        UUID second = scheduleCohort(TWO_DAY, NEXT_MONTH.plusDays(10), 5);
        asCadre(me).body("{}").post("/api/training/cohorts/" + first + "/enrolments").then().statusCode(201);
        String latest = asCadre(me).body("{}").post("/api/training/cohorts/" + second + "/enrolments")
                .then().statusCode(201).extract().path("id");
        enrolmentId(first, registerCadre("PART_TIME", "Haixi"));

        asCadre(me).get("/api/training/enrolments/mine").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.cadreId", everyItem(equalTo(myId.toString())))
                .body("items[0].id", equalTo(latest))
                .body("items.cohortId", contains(second.toString(), first.toString()));
        asCadre(newMemberId()).get("/api/training/enrolments/mine").then().statusCode(404);
        asStaff().get("/api/training/enrolments/mine").then().statusCode(403);
    }

    @Test
    void closedEnrolmentRefusesNewCadres() {
        UUID cohort = scheduleCohort(TWO_DAY, NEXT_MONTH, 5);
        asStaff().post("/api/training/cohorts/" + cohort + "/close-enrolment").then().statusCode(200)
                .body("enrolmentOpen", equalTo(false));
        asStaff().body(Map.of("cadreId", registerCadre("PART_TIME", "Haixi").toString()))
                .post("/api/training/cohorts/" + cohort + "/enrolments")
                .then().statusCode(422).body("detail", equalTo("Enrolment for this cohort is closed."));
    }

    @Test
    void onceTheCohortHasStartedNobodyEnrolsOrCancels() {
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(3), 5);
        UUID enrolment = enrolmentId(cohort, registerCadre("PART_TIME", "Haixi"));
        clock.advanceDays(3);
        try {
            asStaff().body(Map.of("cadreId", registerCadre("PART_TIME", "Haixi").toString()))
                    .post("/api/training/cohorts/" + cohort + "/enrolments")
                    .then().statusCode(422).body("detail", equalTo("Enrolment for this cohort is closed."));
            asStaff().post("/api/training/enrolments/" + enrolment + "/cancel").then().statusCode(422);
            asStaff().post("/api/training/cohorts/" + cohort + "/open-enrolment").then().statusCode(422);
        } finally {
            clock.reset();
        }
    }

    @Test
    void underManyConcurrentEnrolmentsACohortIsNeverOverbooked() throws Exception {
        int capacity = 10;
        int cadres = 60;
        UUID cohort = scheduleCohort(TWO_DAY, NEXT_MONTH.plusDays(20), capacity);
        List<UUID> ids = IntStream.range(0, cadres).mapToObj(i -> registerCadre("FULL_TIME", "Rush")).toList();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> answers = new ArrayList<>();
        for (UUID id : ids) {
            answers.add(pool.submit(() -> enrol(cohort, id)));
        }
        List<String> statuses = new ArrayList<>();
        for (Future<String> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertEquals(capacity, statuses.stream().filter("CONFIRMED"::equals).count());
        assertEquals(cadres - capacity, statuses.stream().filter("WAITLISTED"::equals).count());
        asStaff().queryParam("status", "CONFIRMED").get("/api/training/cohorts/" + cohort + "/enrolments")
                .then().body("total", equalTo(capacity));
        asStaff().queryParam("status", "WAITLISTED").queryParam("size", 100)
                .get("/api/training/cohorts/" + cohort + "/enrolments")
                .then().body("items.waitlistPosition", equalTo(IntStream.rangeClosed(1, cadres - capacity).boxed().toList()));
    }
}
