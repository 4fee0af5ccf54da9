package io.unionhub.mediation.figures;

import static io.unionhub.mediation.support.MediationApi.HAIXI_CENTRE;
import static io.unionhub.mediation.support.MediationApi.agreed;
import static io.unionhub.mediation.support.MediationApi.as;
import static io.unionhub.mediation.support.MediationApi.asMediator;
import static io.unionhub.mediation.support.MediationApi.asStaff;
import static io.unionhub.mediation.support.MediationApi.caseWithMediator;
import static io.unionhub.mediation.support.MediationApi.hotlineCall;
import static io.unionhub.mediation.support.MediationApi.newMediator;
import static io.unionhub.mediation.support.MediationApi.step;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.mediation.mediationcase.CaseLapses;
import io.unionhub.mediation.support.MediationApi;
import io.unionhub.mediation.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class FiguresTest {

    /** A Tuesday no other test files orders on, 09:00 in Shanghai. */
    private static final Instant DAY = Instant.parse("2031-05-06T01:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    CaseLapses lapses;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID fileAt(Instant at) {
        clock.setTo(at);
        return UUID.fromString(asStaff().body(hotlineCall("LABOUR_DISPUTE")).post("/api/mediation/work-orders")
                .then().statusCode(201).extract().path("id"));
    }

    private void at(Instant when, UUID order, String action, Map<String, ?> body) {
        clock.setTo(when);
        step(order, action, body, 200);
    }

    @Test
    void theFiguresOfAPeriodAreWhatHappenedToItsOrders() {
        UUID onTime = fileAt(DAY);
        fileAt(DAY); // still open
        UUID late = fileAt(DAY);
        for (UUID order : new UUID[] { onTime, late }) {
            at(DAY, order, "assignment", Map.of("centreId", HAIXI_CENTRE.toString()));
            at(DAY, order, "start", Map.of());
        }
        at(DAY.plus(Duration.ofHours(2)), onTime, "reply", Map.of("reason", "已答复"));
        at(DAY.plus(Duration.ofHours(2)), onTime, "follow-up", Map.of("rating", 5, "comment", "满意"));
        at(DAY.plus(Duration.ofHours(3)), onTime, "close", Map.of());
        at(DAY.plus(Duration.ofHours(4)), late, "reply", Map.of("reason", "已答复"));
        at(DAY.plus(Duration.ofHours(4)), late, "follow-up", Map.of("rating", 3, "comment", "太慢"));
        at(DAY.plus(Duration.ofDays(10)), late, "close", Map.of()); // past its fifth working day

        JsonPath figures = as("ops-1", "ops").queryParam("from", "2031-05-06").queryParam("to", "2031-05-06")
                .get("/api/mediation/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(3, figures.getInt("received"));
        assertEquals(2, figures.getInt("closed"));
        assertEquals(2.0 / 3, figures.getDouble("closureRate"), 1e-6);
        assertEquals(0.5, figures.getDouble("onTimeRate"), 1e-6);
        assertEquals(3.0, figures.getDouble("medianHoursToFirstReply"), 1e-4);
        assertEquals((3.0 + 240.0) / 2, figures.getDouble("medianHoursToClose"), 1e-4);
        assertEquals(4.0, figures.getDouble("satisfaction"), 1e-6);
        assertEquals(2, figures.getInt("rated"));
        asStaff().queryParam("from", "2031-05-07").queryParam("to", "2031-05-07").get("/api/mediation/figures")
                .then().body("received", equalTo(0)).body("closureRate", equalTo(null));
        asStaff().queryParam("from", "2031-05-07").queryParam("to", "2031-05-06").get("/api/mediation/figures")
                .then().statusCode(400);
        asStaff().queryParam("from", "2031-05-07").get("/api/mediation/figures").then().statusCode(400);
        asStaff().queryParam("from", "2016-01-01").queryParam("to", "2026-01-01").get("/api/mediation/figures")
                .then().statusCode(400); // ten years and a day
        asStaff().queryParam("from", "2016-01-01").queryParam("to", "2025-12-31").get("/api/mediation/figures")
                .then().statusCode(200);
        as("m-1", "worker").queryParam("from", "2031-05-06").queryParam("to", "2031-05-06")
                .get("/api/mediation/figures").then().statusCode(403);
    }

    @Test
    void theCaseFiguresOfAPeriodCountHowItsCasesEndedAndThePayRecovered() {
        Instant day = Instant.parse("2032-03-02T01:00:00Z"); // a Tuesday no other test opens cases on
        clock.setTo(day);
        String mediator = newMediator();
        UUID performed = agreed(mediator, "2032-03-10");
        agreed(mediator, "2032-03-10");
        UUID refused = caseWithMediator(mediator);
        asMediator(mediator).body(Map.of("reason", "拒绝调解")).post("/api/mediation/cases/" + refused
                + "/no-agreement").then().statusCode(200);
        caseWithMediator(mediator);
        asMediator(mediator).body(Map.of("outcome", "PERFORMED")).post("/api/mediation/cases/" + performed
                + "/performance").then().statusCode(200);
        clock.setTo(day.plus(Duration.ofDays(20)));
        lapses.check();

        JsonPath cases = asStaff().queryParam("from", "2032-03-02").queryParam("to", "2032-03-02")
                .get("/api/mediation/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(4, cases.getInt("cases.opened"));
        assertEquals(0, cases.getInt("cases.open"));
        assertEquals(2, cases.getInt("cases.agreements"));
        assertEquals(1, cases.getInt("cases.noAgreement"));
        assertEquals(1, cases.getInt("cases.lapsed"));
        assertEquals(1, cases.getInt("cases.performed"));
        assertEquals(0.5, cases.getDouble("cases.agreementRate"), 1e-6);
        assertEquals(43200.0, cases.getDouble("cases.payAgreed"), 1e-6);
        assertEquals(21600.0, cases.getDouble("cases.payRecovered"), 1e-6);
        asStaff().queryParam("from", "2032-03-02").queryParam("to", "2032-03-02").queryParam("centreId",
                MediationApi.BINHAI_CENTRE.toString()).get("/api/mediation/figures").then()
                .body("cases.opened", equalTo(0));
        asStaff().queryParam("from", "2032-03-02").queryParam("to", "2032-03-02").queryParam("category",
                "HARDSHIP_AID").get("/api/mediation/figures").then().body("cases", equalTo(null));
    }
}
