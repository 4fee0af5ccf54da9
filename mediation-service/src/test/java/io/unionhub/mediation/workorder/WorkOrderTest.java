package io.unionhub.mediation.workorder;

import static io.unionhub.mediation.support.MediationApi.BINHAI_CENTRE;
import static io.unionhub.mediation.support.MediationApi.HAIXI_CENTRE;
import static io.unionhub.mediation.support.MediationApi.as;
import static io.unionhub.mediation.support.MediationApi.asStaff;
import static io.unionhub.mediation.support.MediationApi.file;
import static io.unionhub.mediation.support.MediationApi.hotlineCall;
import static io.unionhub.mediation.support.MediationApi.step;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.mediation.support.ServiceDatabase;
import io.unionhub.mediation.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class WorkOrderTest {

    @Inject
    ServiceDatabase database;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static final Map<String, Object> NOTHING = Map.of();

    /** Through every state to closed. */
    private static void handleToTheEnd(UUID order) {
        step(order, "assignment", Map.of("centreId", HAIXI_CENTRE.toString(), "reason", "属地处理"), 200);
        step(order, "start", NOTHING, 200);
        step(order, "reply", Map.of("reason", "已答复"), 200);
        step(order, "follow-up", Map.of("rating", 5, "comment", "满意"), 200);
        step(order, "close", NOTHING, 200);
    }

    @Test
    void aHotlineCallGetsAReadableNumberAndItsMatterAndPhoneAreEncrypted() {
        UUID id = file();
        asStaff().get("/api/mediation/work-orders/" + id).then().statusCode(200)
                .body("number", matchesPattern("12351-" + clock.today().getYear() + "-\\d{6}"))
                .body("status", equalTo("RECEIVED")).body("callerPhone", equalTo("13812345678"));
        assertFalse(database.data().stored("work_order", "matter", id).contains("工资"));
        assertFalse(database.data().stored("work_order", "caller_phone", id).contains("1381234"));
        asStaff().queryParam("status", "RECEIVED").queryParam("size", 100).get("/api/mediation/work-orders").then()
                .body("items.maskedCallerPhone", hasItem("138****5678"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("matter")));
        String event = database.data().outbox().payloads("work-order.received.v1", id).get(0);
        assertFalse(event.contains("工资") || event.contains("13812345678"), event);
    }

    @Test
    void numbersAreUniqueAndGapFreeUnderConcurrentIntake() throws Exception {
        // a thread per call, released together: the common pool would run them one at a time on 2 cores
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return asStaff().body(hotlineCall("LEGAL_SERVICE")).post("/api/mediation/work-orders").then()
                        .statusCode(201).extract().path("number");
            }, pool));
        }
        go.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (var call : calls) {
            String number = call.get(1, TimeUnit.MINUTES);
            numbers.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        Collections.sort(numbers);
        assertEquals(30, numbers.stream().distinct().count(), numbers.toString());
        assertEquals(numbers.get(0) + 29, numbers.get(29), "no gap among them: " + numbers);
        // a refused intake takes no number (refused before one is taken; a rolled-back one gives it back with the row)
        asStaff().body(Map.of("channel", "PHONE_12351", "category", "LEGAL_SERVICE", "complexity", "ORDINARY",
                "matter", "没有回拨号码")).post("/api/mediation/work-orders").then().statusCode(400);
        String next = asStaff().body(hotlineCall("LEGAL_SERVICE")).post("/api/mediation/work-orders").then()
                .extract().path("number");
        assertEquals(numbers.get(29) + 1, Integer.parseInt(next.substring(next.lastIndexOf('-') + 1)));
    }

    /** The actions of the API and their bodies; the states in the order the lifecycle reaches them. */
    private static final Map<String, Map<String, ?>> ACTIONS = new java.util.LinkedHashMap<>(Map.of(
            "assignment", Map.of("centreId", BINHAI_CENTRE.toString(), "reason", "转办"),
            "start", NOTHING,
            "reply", Map.of("reason", "已答复"),
            "follow-up", Map.of("rating", 4, "comment", "较满意"),
            "close", NOTHING,
            "reopen", Map.of("reason", "仍未解决")));
    private static final List<String> PATH = List.of("assignment", "start", "reply", "follow-up", "close");
    private static final List<String> STATES = List.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "REPLIED",
            "FOLLOWED_UP", "CLOSED");
    /** What each state allows; every other action is a 409. */
    private static final Map<String, java.util.Set<String>> ALLOWED = Map.of(
            "RECEIVED", java.util.Set.of("assignment"),
            "ASSIGNED", java.util.Set.of("assignment", "start"),
            "IN_PROGRESS", java.util.Set.of("assignment", "reply"),
            "REPLIED", java.util.Set.of("follow-up"),
            "FOLLOWED_UP", java.util.Set.of("close"),
            "CLOSED", java.util.Set.of("reopen"));

    /** A new order brought to the state (assigned to Haixi on the way, so that a transfer goes elsewhere). */
    private static UUID orderIn(String state) {
        UUID order = file();
        for (int k = 0; k < STATES.indexOf(state); k++) {
            String action = PATH.get(k);
            step(order, action, action.equals("assignment") ? Map.of("centreId", HAIXI_CENTRE.toString())
                    : ACTIONS.get(action), 200);
        }
        return order;
    }

    @Test
    void everyActionIsAllowedInExactlyTheStatesTheLifecycleSays() {
        for (String state : STATES) {
            for (String action : ACTIONS.keySet()) {
                UUID order = orderIn(state);
                int expected = ALLOWED.get(state).contains(action) ? 200 : 409;
                asStaff().body(ACTIONS.get(action)).post("/api/mediation/work-orders/" + order + "/" + action)
                        .then().statusCode(expected);
            }
        }
    }

    @Test
    void theTrailKeepsEveryMoveWithItsCentreAndReason() throws Exception {
        UUID order = file();
        step(order, "assignment", Map.of("centreId", HAIXI_CENTRE.toString(), "handler", "mediator-07"), 200);
        step(order, "assignment", Map.of("centreId", HAIXI_CENTRE.toString(), "handler", "mediator-07"), 409);
        step(order, "assignment", Map.of("centreId", BINHAI_CENTRE.toString(), "reason", "转至滨海"), 200);
        step(order, "start", NOTHING, 200);
        step(order, "reply", Map.of("reason", "已答复"), 200);
        step(order, "follow-up", Map.of("rating", 6, "comment", "太好"), 400);
        step(order, "follow-up", Map.of("rating", 4, "comment", "较满意"), 200);
        step(order, "close", NOTHING, 200);
        step(order, "reopen", Map.of("reason", "用人单位仍未支付"), 200);
        asStaff().get("/api/mediation/work-orders/" + order).then().body("handler", equalTo(null))
                .body("rating", equalTo(null)).body("closedAt", equalTo(null));
        asStaff().get("/api/mediation/work-orders/" + order + "/audit").then().statusCode(200)
                .body("toStatus", equalTo(List.of("RECEIVED", "ASSIGNED", "ASSIGNED", "IN_PROGRESS", "REPLIED",
                        "FOLLOWED_UP", "CLOSED", "IN_PROGRESS")))
                .body("centreId[2]", equalTo(BINHAI_CENTRE.toString())).body("reason[2]", equalTo("转至滨海"))
                .body("handler[1]", equalTo("mediator-07")).body("handler[2]", equalTo(null))
                .body("actor", org.hamcrest.Matchers.everyItem(equalTo("staff-1")));
        assertEquals(1, database.data().outbox().payloads("work-order.transferred.v1", order).size());
        assertEquals(1, database.data().outbox().payloads("work-order.reopened.v1", order).size());
        assertEquals(1, database.data().outbox().payloads("work-order.followed-up.v2", order).size());
        String rated = database.data().outbox().payloads("work-order.satisfaction-rated.v1", order).get(0);
        assertTrue(rated.contains("\"rating\": 4") && rated.contains(BINHAI_CENTRE.toString()), rated);
        assertFalse(rated.contains("较满意"), "the comment stays in the service");
        assertTrue(EventCatalogue.sameShape(EventCatalogue.example("unionhub.mediation.work-order.satisfaction-rated.v1")
                .get("data"), new ObjectMapper().readTree(rated)), rated);
    }

    @Test
    void aClosedOrderIsNotTransferredEvenToWhereItAlreadyIs() {
        UUID order = file();
        handleToTheEnd(order);
        asStaff().body(Map.of("centreId", HAIXI_CENTRE.toString())).post("/api/mediation/work-orders/" + order
                + "/assignment").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("CLOSED"));
    }

    @Test
    void theNumberIsOfTheYearInTheFederationsZone() {
        clock.setTo(java.time.Instant.parse("2026-12-31T16:30:00Z")); // 00:30 on 1 January 2027 in Shanghai
        asStaff().body(hotlineCall("LEGAL_SERVICE")).post("/api/mediation/work-orders").then().statusCode(201)
                .body("number", matchesPattern("12351-2027-\\d{6}"));
    }

    @Test
    void aClosedOrderReopensOnlyWithinTheWindow() {
        UUID order = file();
        handleToTheEnd(order);
        clock.advanceDays(31);
        step(order, "reopen", Map.of("reason", "太晚了"), 409);
    }

    @Test
    void theAuditTrailCannotBeChangedEvenWithTheServicesOwnDatabaseRole() throws SQLException {
        UUID order = file();
        handleToTheEnd(order);
        try (Connection db = database.data().openConnection(); Statement st = db.createStatement()) {
            for (String change : List.of(
                    "update work_order_audit set reason = 'rewritten' where work_order_id = '" + order + "'",
                    "delete from work_order_audit where work_order_id = '" + order + "'",
                    "truncate work_order_audit cascade")) {
                SQLException refused = assertThrows(SQLException.class, () -> st.execute(change), change);
                assertEquals("42501", refused.getSQLState(), change);
            }
        }
        asStaff().get("/api/mediation/work-orders/" + order + "/audit").then().body("size()", equalTo(6));
    }

    @Test
    void aWorkerFilesAndFollowsOnlyTheirOwnAndAPartnerFilesReferralsOnly() {
        String worker = "m-" + UUID.randomUUID();
        UUID mine = UUID.fromString(as(worker, "worker").body(Map.of("channel", "APP", "category", "HARDSHIP_AID",
                        "complexity", "ORDINARY", "matter", "家中遭灾，申请困难帮扶")).post("/api/mediation/work-orders")
                .then().statusCode(201).body("callerMemberId", equalTo(worker)).extract().path("id"));
        as(worker, "worker").get("/api/mediation/work-orders/mine").then().body("items.id", hasItem(mine.toString()));
        as("m-" + UUID.randomUUID(), "worker").get("/api/mediation/work-orders/" + mine).then().statusCode(403);
        as(worker, "worker").get("/api/mediation/work-orders/" + file()).then().statusCode(403);
        as(worker, "worker").body(Map.of("channel", "PHONE_12351", "category", "LEGAL_SERVICE",
                "complexity", "ORDINARY", "matter", "x")).post("/api/mediation/work-orders").then().statusCode(400);
        as(worker, "worker").post("/api/mediation/work-orders/" + mine + "/close").then().statusCode(403);
        as("court-1", "partner").body(Map.of("channel", "COURT_REFERRAL", "category", "LABOUR_DISPUTE",
                        "complexity", "DIFFICULT", "callerPhone", "13900001111", "matter", "诉前委派调解"))
                .post("/api/mediation/work-orders").then().statusCode(201);
        as("court-1", "partner").body(hotlineCall("LEGAL_SERVICE")).post("/api/mediation/work-orders").then()
                .statusCode(400);
        as("court-1", "partner").get("/api/mediation/work-orders").then().statusCode(403);
        step(mine, "assignment", Map.of("centreId", UUID.randomUUID().toString()), 400);
    }
}
