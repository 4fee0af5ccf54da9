package io.unionhub.training.attendance;

import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asCadre;
import static io.unionhub.training.support.TrainingApi.asStaff;
import static io.unionhub.training.support.TrainingApi.enrol;
import static io.unionhub.training.support.TrainingApi.newMemberId;
import static io.unionhub.training.support.TrainingApi.registerCadre;
import static io.unionhub.training.support.TrainingApi.scheduleCohort;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.Replicas;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.followup.FollowUpService;
import io.unionhub.training.support.ServiceDatabase;
import io.unionhub.training.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class AttendanceAndFollowUpTest {

    private static final int DAYS_AHEAD = 50;

    @Inject
    TestClock clock;

    /** The service's today when the test began, before it moved the clock. */
    private LocalDate today;

    @BeforeEach
    void noteToday() {
        today = clock.today();
    }

    @Inject
    FollowUpService followUps;

    @Inject
    ServiceDatabase database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aCadrePresentOnEveryDayCompletesWithACertificateAndFollowUps() {
        String memberId = newMemberId();
        UUID cadre = registerCadre(memberId, "PART_TIME", "Donggang", "Donggang Port");
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(DAYS_AHEAD), 10);
        enrol(cohort, cadre);
        clock.advanceDays(DAYS_AHEAD + 1); // the cohort's second day

        mark(cohort, 1, cadre, "PRESENT").statusCode(200).body("completions", empty());
        mark(cohort, 2, cadre, "PRESENT").statusCode(200)
                .body("completions", hasSize(1))
                .body("completions[0].certificateNumber", matchesPattern("UH-\\d{4}-\\d{6}"))
                .body("completions[0].trackId", equalTo(TWO_DAY.toString()));

        asCadre(memberId).get("/api/training/cadres/" + cadre + "/certificates").then().statusCode(200)
                .body("cohortId", equalTo(List.of(cohort.toString())));
        asStaff().queryParam("district", "Donggang").queryParam("trained", true).get("/api/training/cadres")
                .then().body("items.id", hasItem(cadre.toString()));
        List<String> completed = database.payloads("cadre.track-completed.v1", cadre);
        assertEquals(1, completed.size());
        assertTrue(completed.get(0).contains("UH-"));
        assertEquals(2, database.payloads("attendance.recorded.v1", cohort).size());

        LocalDate completedOn = today.plusDays(DAYS_AHEAD + 1);
        asStaff().get("/api/training/cadres/" + cadre + "/follow-ups").then()
                .body("dueOn", equalTo(List.of(completedOn.plusDays(30).toString(), completedOn.plusDays(90).toString())));
    }

    /**
     * Employment-service consumes this event (a completed course graduates an order's trainee); its test publishes
     * the documented example. The event on the topic must have exactly that example's shape.
     */
    @Test
    void theCompletionEventOnTheTopicIsShapedAsDocumented() throws Exception {
        UUID cadre = registerCadre("PART_TIME", "Donggang");
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(DAYS_AHEAD), 10);
        enrol(cohort, cadre);
        clock.advanceDays(DAYS_AHEAD + 1);
        mark(cohort, 1, cadre, "PRESENT").statusCode(200);
        mark(cohort, 2, cadre, "PRESENT").statusCode(200).body("completions", hasSize(1));
        String type = "unionhub.training.cadre.track-completed.v1";
        try (TopicReader reader = new TopicReader(bootstrapServers, "unionhub.training.events")) {
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> completion =
                    r -> cadre.toString().equals(r.key()) && r.value().contains(type);
            String published = reader.readUntil(seen -> seen.stream().anyMatch(completion), Duration.ofSeconds(30))
                    .stream().filter(completion).findFirst().orElseThrow().value();
            JsonNode event = new ObjectMapper().readTree(published);
            assertTrue(EventCatalogue.sameShape(EventCatalogue.example(type), event), published);
        }
    }

    @Test
    void anExcusedOrAbsentDayMeansNoCompletion() {
        UUID excused = registerCadre("FULL_TIME", "Donggang");
        UUID absent = registerCadre("FULL_TIME", "Donggang");
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(DAYS_AHEAD + 5), 10);
        enrol(cohort, excused);
        enrol(cohort, absent);
        clock.advanceDays(DAYS_AHEAD + 6);

        record(cohort, 1, Map.of(excused, "EXCUSED", absent, "PRESENT")).statusCode(200);
        record(cohort, 2, Map.of(excused, "PRESENT", absent, "ABSENT")).statusCode(200).body("completions", empty());
        asStaff().get("/api/training/cadres/" + excused + "/certificates").then().body("$", empty());
    }

    @Test
    void daysThatHaveNotComeAndStrangersCannotBeRecorded() {
        UUID cadre = registerCadre("FULL_TIME", "Donggang");
        UUID stranger = registerCadre("FULL_TIME", "Donggang");
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(DAYS_AHEAD + 10), 10);
        enrol(cohort, cadre);

        mark(cohort, 1, cadre, "PRESENT").statusCode(422).body("detail",
                equalTo("Day 1 (" + today.plusDays(DAYS_AHEAD + 10) + ") has not come yet."));
        clock.advanceDays(DAYS_AHEAD + 10);
        mark(cohort, 3, cadre, "PRESENT").statusCode(422);
        mark(cohort, 1, stranger, "PRESENT").statusCode(422);
    }

    /**
     * At 16:30 UTC it is already 00:30 the next day in the federation's zone: a cohort may no longer start on the UTC
     * date, and a cohort starting on the federation's date has reached its first day. A service counting days in UTC
     * (or the host's zone) fails both.
     */
    @Test
    void todayIsTheFederationsDayNotUtcs() {
        LocalDate utcDate = LocalDate.now(ZoneOffset.UTC).plusDays(DAYS_AHEAD + 30);
        LocalDate federationDate = utcDate.plusDays(1);
        UUID cadre = registerCadre("FULL_TIME", "Donggang");
        UUID cohort = scheduleCohort(TWO_DAY, federationDate, 10);
        enrol(cohort, cadre);

        clock.setTo(utcDate.atTime(16, 30).toInstant(ZoneOffset.UTC));
        assertEquals(federationDate, clock.today());
        asStaff().body(Map.of("trackId", TWO_DAY.toString(), "startsOn", utcDate.toString(), "venue", "Hall",
                "capacity", 10)).post("/api/training/cohorts").then().statusCode(422);
        mark(cohort, 1, cadre, "PRESENT").statusCode(200);
        mark(cohort, 2, cadre, "PRESENT").statusCode(422);
    }

    @Test
    void aRegisterNamingACadreTwiceIsRefusedNamingTheLine() {
        UUID cadre = registerCadre("FULL_TIME", "Donggang");
        UUID other = registerCadre("FULL_TIME", "Donggang");
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(DAYS_AHEAD + 12), 10);
        enrol(cohort, cadre);
        enrol(cohort, other);
        clock.advanceDays(DAYS_AHEAD + 12);

        asStaff().body(Map.of("marks", List.of(Map.of("cadreId", cadre.toString(), "status", "PRESENT"),
                        Map.of("cadreId", other.toString(), "status", "PRESENT"),
                        Map.of("cadreId", cadre.toString(), "status", "ABSENT"))))
                .put("/api/training/cohorts/" + cohort + "/attendance/1")
                .then().statusCode(400)
                .body("type", equalTo("https://unionhub.io/problems/validation"))
                .body("errors[0].field", equalTo("marks[2].cadreId"));
        asStaff().get("/api/training/cohorts/" + cohort + "/attendance").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aCompletionIsFinal() {
        UUID cadre = registerCadre("FULL_TIME", "Donggang");
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(DAYS_AHEAD + 15), 10);
        enrol(cohort, cadre);
        clock.advanceDays(DAYS_AHEAD + 16);
        mark(cohort, 1, cadre, "PRESENT");
        mark(cohort, 2, cadre, "PRESENT").body("completions", hasSize(1));

        mark(cohort, 2, cadre, "ABSENT").statusCode(409).body("type", equalTo("https://unionhub.io/problems/conflict"));
        mark(cohort, 2, cadre, "PRESENT").statusCode(200).body("completions", empty());
        asStaff().get("/api/training/cadres/" + cadre + "/certificates").then().body("$", hasSize(1));
    }

    /** A cadre present on both days of a two-day course: its follow-up visits are scheduled. */
    private UUID cadreWhoCompletedTheTwoDayCourse() {
        UUID cadre = registerCadre("PART_TIME", "Yantian");
        UUID cohort = scheduleCohort(TWO_DAY, today.plusDays(DAYS_AHEAD + 20), 10);
        enrol(cohort, cadre);
        clock.advanceDays(DAYS_AHEAD + 21);
        mark(cohort, 1, cadre, "PRESENT");
        mark(cohort, 2, cadre, "PRESENT");
        return cadre;
    }

    @Test
    void twoInstancesAnnouncingAtOnceAnnounceEachVisitOnceAndNeitherFails() throws Exception {
        UUID cadre = cadreWhoCompletedTheTwoDayCourse();
        clock.advanceDays(400); // every visit of the completion is due

        List<Integer> announced = Replicas.runAtOnce(2, () -> followUps.announceDue());
        int visits = asStaff().get("/api/training/cadres/" + cadre + "/follow-ups").then().extract()
                .path("size()");
        assertTrue(announced.stream().mapToInt(Integer::intValue).sum() >= visits, "rounds announced " + announced);
        assertEquals(visits, database.payloads("follow-up.due.v1", cadre).size(), "each visit announced once");
    }

    @Test
    void followUpsFallDueAreAnnouncedOnceAndRecordedWithAnOutcome() {
        UUID cadre = cadreWhoCompletedTheTwoDayCourse();
        String firstVisit = asStaff().get("/api/training/cadres/" + cadre + "/follow-ups").then()
                .extract().path("[0].id");

        followUps.announceDue();
        asStaff().queryParam("size", 100).get("/api/training/follow-ups/due").then()
                .body("items.id", not(hasItem(firstVisit)));

        clock.advanceDays(30);
        assertTrue(followUps.announceDue() >= 1);
        followUps.announceDue();
        assertEquals(1, database.payloads("follow-up.due.v1", cadre).size(), "announced once");
        asStaff().queryParam("size", 100).get("/api/training/follow-ups/due").then()
                .body("items.id", hasItem(firstVisit));

        asStaff().body(Map.of("outcome", "PARTLY", "notes", "Started a workers' reading room"))
                .post("/api/training/follow-ups/" + firstVisit + "/record")
                .then().statusCode(200).body("outcome", equalTo("PARTLY"));
        asStaff().queryParam("size", 100).get("/api/training/follow-ups/due").then()
                .body("items.id", not(hasItem(firstVisit)));
        asStaff().body(Map.of("outcome", "APPLIED")).post("/api/training/follow-ups/" + firstVisit + "/record")
                .then().statusCode(409);
        List<String> recorded = database.payloads("follow-up.recorded.v1", cadre);
        assertEquals(1, recorded.size());
        assertTrue(recorded.get(0).contains("PARTLY") && !recorded.get(0).contains("reading room"),
                "the outcome is announced, the notes are not");
    }

    private static ValidatableResponse mark(UUID cohort, int day, UUID cadre, String status) {
        return record(cohort, day, Map.of(cadre, status));
    }

    private static ValidatableResponse record(UUID cohort, int day, Map<UUID, String> marks) {
        List<Map<String, String>> body = marks.entrySet().stream()
                .map(e -> Map.of("cadreId", e.getKey().toString(), "status", e.getValue())).toList();
        return asStaff().body(Map.of("marks", body)).put("/api/training/cohorts/" + cohort + "/attendance/" + day)
                .then();
    }
}
