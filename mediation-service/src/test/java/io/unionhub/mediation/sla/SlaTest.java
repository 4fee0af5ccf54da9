package io.unionhub.mediation.sla;

import static io.unionhub.mediation.support.MediationApi.asStaff;
import static io.unionhub.mediation.support.MediationApi.hotlineCall;
import static io.unionhub.mediation.support.MediationApi.step;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.Replicas;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.mediation.support.ServiceDatabase;
import io.unionhub.mediation.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class SlaTest {

    @Inject
    TestClock clock;

    @Inject
    SlaCheck check;

    @Inject
    ServiceDatabase database;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static UUID fileOrdinary() {
        return UUID.fromString(asStaff().body(hotlineCall("LEGAL_SERVICE")).post("/api/mediation/work-orders").then()
                .statusCode(201).extract().path("id"));
    }

    private int facts(String type, UUID order) {
        return database.data().outbox().payloads(type, order).size();
    }

    @Test
    void deadlinesCountCalendarHoursForTheReplyAndWorkingDaysForTheResolutionInTheFederationsZone() {
        clock.setTo(Instant.parse("2026-12-04T02:00:00Z")); // Friday 10:00 in Shanghai
        UUID order = fileOrdinary();
        asStaff().get("/api/mediation/work-orders/" + order).then()
                .body("firstResponseDue", equalTo("2026-12-05T02:00:00Z"))
                // five working days after Friday: Monday 7 to Friday 11; due at the end of Friday 11, Shanghai time
                .body("resolutionDue", equalTo("2026-12-11T16:00:00Z"));
    }

    @Test
    void theCheckWarnsThenMarksTheBreachAndEscalatesEachOnce() {
        clock.setTo(Instant.parse("2026-12-04T02:00:00Z"));
        UUID order = fileOrdinary();
        clock.setTo(Instant.parse("2026-12-04T23:00:00Z")); // 3 hours before the first reply is due
        check.check();
        check.check();
        assertEquals(1, facts("sla.warned.v1", order));
        assertEquals(0, facts("sla.breached.v1", order));
        asStaff().queryParam("withinHours", 4).queryParam("size", 100).get("/api/mediation/work-orders/due-soon")
                .then().body("items.id", hasItem(order.toString()));

        clock.setTo(Instant.parse("2026-12-05T03:00:00Z")); // an hour late
        check.check();
        check.check();
        assertEquals(1, facts("sla.breached.v1", order));
        assertEquals(1, facts("work-order.escalated.v1", order));
        asStaff().queryParam("size", 100).get("/api/mediation/work-orders/escalated").then()
                .body("items.id", hasItem(order.toString()));
        asStaff().queryParam("size", 100).get("/api/mediation/work-orders/overdue").then()
                .body("items.id", hasItem(order.toString()));

        step(order, "assignment", Map.of("centreId", "6c0e8a1f-0000-4000-8000-000000000003"), 200);
        step(order, "start", Map.of(), 200);
        step(order, "reply", Map.of("reason", "已答复"), 200);
        clock.setTo(Instant.parse("2026-12-11T17:00:00Z")); // the resolution is an hour late too
        check.check();
        assertEquals(2, facts("sla.breached.v1", order)); // the first reply's, and now the resolution's
        assertEquals(1, facts("work-order.escalated.v1", order)); // in the queue once
        step(order, "follow-up", Map.of("rating", 3, "comment", "一般"), 200);
        step(order, "close", Map.of(), 200);
        asStaff().queryParam("size", 100).get("/api/mediation/work-orders/overdue").then()
                .body("items.id", not(hasItem(order.toString())));
    }

    @Test
    void twoReplicasCheckingAtOnceRecordEachFactOnce() throws Exception {
        clock.setTo(Instant.parse("2026-12-07T02:00:00Z"));
        List<UUID> orders = List.of(fileOrdinary(), fileOrdinary(), fileOrdinary());
        clock.setTo(Instant.parse("2026-12-08T03:00:00Z")); // every first reply is late
        Replicas.runAtOnce(2, () -> check.check());
        for (UUID order : orders) {
            assertEquals(1, facts("sla.breached.v1", order));
            assertEquals(1, facts("sla.warned.v1", order));
            assertEquals(1, facts("work-order.escalated.v1", order));
        }
    }

}
