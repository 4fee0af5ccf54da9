package io.unionhub.ops.projection;

import static io.restassured.RestAssured.given;
import static io.unionhub.ops.support.OpsApi.awaitEvents;
import static io.unionhub.ops.support.OpsApi.delta;
import static io.unionhub.ops.support.OpsApi.eventsSeen;
import static io.unionhub.ops.support.OpsApi.figures;
import static io.unionhub.ops.support.OpsApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.ProgramEvents;

/** The figures the dashboard folds from real events of each program, whatever the broker redelivers or delays. */
@QuarkusTest
@WithKafkaBroker
class ProjectionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void recordedEventsOfEveryProgramGiveTheFiguresTheyStateAndOldVersionsAreCountedAsSkipped() throws Exception {
        Map<String, List<ObjectNode>> recorded = new HashMap<>();
        long total = 0;
        for (String program : ProgramEvents.PROGRAMS) {
            recorded.put(program, ProgramEvents.recorded(program));
            total += recorded.get(program).size();
        }
        var before = figures();
        long seen = eventsSeen();
        long skippedBefore = skipped("mediation");
        for (String program : ProgramEvents.PROGRAMS) {
            ProgramEvents.send(program, recorded.get(program));
        }
        awaitEvents(seen, total);
        var after = figures();

        List<ObjectNode> training = recorded.get("training");
        assertEquals(300, count(training, "cadre.registered.v1"));
        assertEquals(300, delta(before, after, "training.cadres"));
        assertEquals(0, delta(before, after, "training.trained"));
        assertEquals(count(training, "cadre.registered.v1"), delta(before, after, "training.cadres-registered"));
        assertEquals(count(training, "enrolment.confirmed.v1") + count(training, "enrolment.promoted.v1"),
                delta(before, after, "training.enrolments"));
        assertEquals(count(training, "cohort.scheduled.v1"), delta(before, after, "training.cohorts-scheduled"));

        List<ObjectNode> employment = recorded.get("employment");
        assertEquals(857, count(employment, "application.intent-reached.v1"));
        assertEquals(857, delta(before, after, "employment.intents"));
        assertEquals(count(employment, "application.hired.v1"), delta(before, after, "employment.hires"));
        assertEquals(count(employment, "employer.registered.v1"), delta(before, after, "employment.employers-registered"));
        assertEquals(count(employment, "posting.published.v1"), delta(before, after, "employment.posts-published"));
        assertEquals(sum(employment, "posting.published.v1", "openings"),
                delta(before, after, "employment.openings-published"));
        assertEquals(employment.stream().filter(e -> type(e).equals("employer.verified.v1")
                && e.path("data").path("verified").asBoolean()).count(),
                delta(before, after, "employment.employers-verified"));

        List<ObjectNode> mediation = recorded.get("mediation");
        assertEquals(443, delta(before, after, "mediation.work-orders-received"));
        assertEquals(closedNow(mediation), delta(before, after, "mediation.closed"));
        assertEquals(443 - closedNow(mediation), delta(before, after, "mediation.open"));
        assertEquals(count(mediation, "sla.breached.v1"), delta(before, after, "mediation.sla-breaches"));
        assertEquals(count(mediation, "mediation-case.opened.v1"), delta(before, after, "mediation.cases-opened"));
        assertEquals(count(mediation, "mediation-case.agreement-signed.v1"), delta(before, after, "mediation.agreements"));
        // v1 of the follow-up (the rating moved to its own event with v2): a type the dashboard does not read
        assertEquals(count(mediation, "work-order.followed-up.v1"), skipped("mediation") - skippedBefore);

        List<ObjectNode> matchmaking = recorded.get("matchmaking");
        assertEquals(count(matchmaking, "mixer.closed.v1"), delta(before, after, "matchmaking.mixers-held"));
        assertEquals(sum(matchmaking, "mixer.closed.v1", "attended"), delta(before, after, "matchmaking.participations"));
        assertEquals(count(matchmaking, "couple.reported.v1"), delta(before, after, "matchmaking.couples"));
        assertEquals(count(matchmaking, "couple.marriage-reported.v1"), delta(before, after, "matchmaking.marriages"));
        assertEquals(count(matchmaking, "profile.registered.v1") - count(matchmaking, "profile.erased.v1"),
                delta(before, after, "matchmaking.profiles"));

        // the top lists: the employer the demo's mediation cases name most, the overdue orders, the districts
        JsonPath disputes = get("/api/ops/top/employers-with-most-disputes?limit=3");
        assertEquals("91990200MA2XY4K311", disputes.getString("items[0].key"));
        assertTrue(disputes.getLong("items[0].value") >= 40);
        JsonPath overdue = get("/api/ops/top/overdue-work-orders?limit=100");
        assertTrue(overdue.getList("items").size() >= 1);
        assertTrue(overdue.getString("asOf") != null);
        JsonPath districts = get("/api/ops/top/lowest-coverage-districts?limit=10");
        assertTrue(districts.getList("items.key").containsAll(List.of("滨海区", "海西区", "高新区", "东港区", "盐田区")),
                districts.prettify());
    }

    @Test
    void aRedeliveredEventCountsOnceAndARepeatInsideABatchToo() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        List<ObjectNode> hires = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            hires.add(ProgramEvents.example("unionhub.employment.application.hired.v1", now, Map.of()));
        }
        var before = figures();
        long seen = eventsSeen();
        List<ObjectNode> twice = new ArrayList<>(hires);
        twice.addAll(hires);
        ProgramEvents.send("employment", twice);
        ProgramEvents.send("employment", hires.subList(0, 5));
        // a marker sent last: once it is seen, every repeat before it was read too
        ProgramEvents.send("employment", List.of(ProgramEvents.example("unionhub.employment.seeker.registered.v1",
                now, Map.of())));
        awaitEvents(seen, 21);
        var after = figures();
        assertEquals(20, delta(before, after, "employment.hires"));
        assertEquals(1, delta(before, after, "employment.seekers-registered"));
        assertEquals(seen + 21, eventsSeen());
    }

    @Test
    void aLateEventCountsUnderItsOwnDayAndACompletionBeforeTheRegistrationStillCounts() throws Exception {
        OffsetDateTime fortyDaysAgo = OffsetDateTime.now().minusDays(40);
        LocalDate day = fortyDaysAgo.atZoneSameInstant(ZONE).toLocalDate();
        String cadre = UUID.randomUUID().toString();
        long seen = eventsSeen();
        var before = figures();
        long onThatDay = seriesOn("training.completions", day);
        ProgramEvents.send("training", List.of(ProgramEvents.example("unionhub.training.cadre.track-completed.v1",
                fortyDaysAgo, Map.of("cadreId", cadre, "completedOn", day.toString()))));
        awaitEvents(seen, 1);
        var completedOnly = figures();
        assertEquals(0, delta(before, completedOnly, "training.cadres"), "a cadre counts once registered");
        assertEquals(onThatDay + 1, seriesOn("training.completions", day));

        ProgramEvents.send("training", List.of(ProgramEvents.example("unionhub.training.cadre.registered.v1",
                OffsetDateTime.now(), Map.of("cadreId", cadre, "district", "迟到区"))));
        awaitEvents(seen, 2);
        var after = figures();
        assertEquals(1, delta(before, after, "training.cadres"));
        assertEquals(1, delta(before, after, "training.trained"));
        JsonPath districts = get("/api/ops/top/lowest-coverage-districts?limit=100");
        int late = districts.getList("items.key").indexOf("迟到区");
        assertEquals(1.0, districts.getDouble("items[" + late + "].coverage"));
    }

    @Test
    void unknownTypesUnreadableRecordsAndImpossibleDatesAreCountedAndSkippedNotDeadLettered() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        long seen = eventsSeen();
        long skipped = skipped("training");
        double unreadable = unreadable();
        var before = figures();
        ObjectNode unknown = ProgramEvents.example("unionhub.training.cadre.registered.v1", now, Map.of());
        unknown.put("type", "unionhub.training.cadre.promoted.v9");
        ObjectNode farFuture = ProgramEvents.example("unionhub.training.cadre.registered.v1", now, Map.of());
        farFuture.put("time", "+5000000-01-01T00:00:00Z");
        ObjectNode badData = ProgramEvents.example("unionhub.training.cadre.registered.v1", now,
                Map.of("district", "x".repeat(5000)));
        ObjectNode nulByte = ProgramEvents.example("unionhub.training.cadre.registered.v1", now,
                Map.of("district", "a\u0000b"));
        ObjectNode hugeCount = ProgramEvents.example("unionhub.training.attendance.recorded.v1", now,
                Map.of("present", Long.MAX_VALUE));
        ObjectNode fromTheFuture = ProgramEvents.example("unionhub.training.cadre.registered.v1",
                OffsetDateTime.parse("9999-12-31T23:59:59Z"), Map.of());
        ProgramEvents.send("training", List.of(unknown, farFuture, badData, nulByte, hugeCount, fromTheFuture));
        ObjectNode nulInType = ProgramEvents.example("unionhub.training.cadre.registered.v1", now, Map.of());
        nulInType.put("type", "unionhub.training.cadre.registered\u0000.v1");
        ProgramEvents.sendRaw(ProgramEvents.topic("training"), List.of("not json", "null", "{\"id\":\"" + "i".repeat(300)
                + "\",\"source\":\"/x\",\"type\":\"t\"}", nulInType.toString()));
        ObjectNode good = ProgramEvents.example("unionhub.training.cadre.registered.v1", now, Map.of());
        ProgramEvents.send("training", List.of(good));
        // the events that can be read count as the program's (skipped, but for the good one); the records that are
        // no storable event (no JSON, JSON null, an id too long, a NUL in its type, a year no date holds) in a metric
        awaitEvents(seen, 6);
        var after = figures();
        assertEquals(1, delta(before, after, "training.cadres-registered"), "only the good one counts");
        assertEquals(0, delta(before, after, "training.attendance-present"), "a count no event carries is refused");
        assertEquals(5, skipped("training") - skipped);
        OffsetDateTime asOf = OffsetDateTime.parse(get("/api/ops/figures/training").getString("asOf"));
        assertTrue(asOf.isBefore(OffsetDateTime.now().plusMinutes(1)), "a skipped event does not move asOf: " + asOf);
        assertEquals(unreadable + 5, unreadable());
        try (TopicReader dlq = new TopicReader(ProgramEvents.bootstrapServers(), "unionhub.ops-figures.dlq")) {
            assertTrue(dlq.readFor(Duration.ofSeconds(2)).isEmpty(), "nothing dead-lettered");
        }
    }

    @Test
    void everyDocumentedEventTypeOfTheProgramsIsReadNotSkipped() throws Exception {
        long seen = eventsSeen();
        Map<String, Long> skippedBefore = new HashMap<>();
        int sent = 0;
        for (String program : ProgramEvents.PROGRAMS) {
            skippedBefore.put(program, skipped(program));
            List<ObjectNode> examples = new ArrayList<>();
            for (String type : EventCatalogue.documented(program)) {
                examples.add(ProgramEvents.example(type, OffsetDateTime.now(), Map.of()));
            }
            ProgramEvents.send(program, examples);
            sent += examples.size();
        }
        awaitEvents(seen, sent);
        for (String program : ProgramEvents.PROGRAMS) {
            assertEquals(skippedBefore.get(program), skipped(program), program + " has a documented type it skips");
        }
    }

    static long skipped(String program) {
        return get("/api/ops/figures/" + program).getLong("skipped");
    }

    static double unreadable() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("unionhub_ops_unreadable_records_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).sum();
    }

    static long seriesOn(String figure, LocalDate day) {
        JsonPath series = get("/api/ops/series/" + figure + "?from=" + day + "&to=" + day);
        List<Number> values = series.getList("points.value", Number.class);
        return values.isEmpty() ? 0 : values.get(0).longValue();
    }

    private static String type(ObjectNode event) {
        return event.path("type").asText().replaceFirst("^unionhub\\.[a-z]+\\.", "");
    }

    private static long count(List<ObjectNode> events, String type) {
        return events.stream().filter(event -> type(event).equals(type)).count();
    }

    private static long sum(List<ObjectNode> events, String type, String field) {
        return events.stream().filter(event -> type(event).equals(type))
                .mapToLong(event -> event.path("data").path(field).asLong()).sum();
    }

    /** Orders received whose last close came after their last reopening, folded here in the topic's order. */
    private static long closedNow(List<ObjectNode> events) {
        Set<String> received = new HashSet<>();
        Map<String, Boolean> closed = new HashMap<>();
        for (ObjectNode event : events) {
            String order = event.path("data").path("workOrderId").asText();
            switch (type(event)) {
                case "work-order.received.v1" -> received.add(order);
                case "work-order.closed.v1" -> closed.put(order, true);
                case "work-order.reopened.v1" -> closed.put(order, false);
                default -> {
                }
            }
        }
        return received.stream().filter(order -> closed.getOrDefault(order, false)).count();
    }
}
