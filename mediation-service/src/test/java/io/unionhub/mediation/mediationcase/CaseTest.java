package io.unionhub.mediation.mediationcase;

import static io.unionhub.mediation.support.MediationApi.agreed;
import static io.unionhub.mediation.support.MediationApi.as;
import static io.unionhub.mediation.support.MediationApi.asMediator;
import static io.unionhub.mediation.support.MediationApi.asStaff;
import static io.unionhub.mediation.support.MediationApi.caseBody;
import static io.unionhub.mediation.support.MediationApi.caseWithMediator;
import static io.unionhub.mediation.support.MediationApi.draftAgreement;
import static io.unionhub.mediation.support.MediationApi.hotlineCall;
import static io.unionhub.mediation.support.MediationApi.newMediator;
import static io.unionhub.mediation.support.MediationApi.openCase;
import static io.unionhub.mediation.support.MediationApi.sign;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.Replicas;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.mediation.support.MediationApi;
import io.unionhub.mediation.support.ServiceDatabase;
import io.unionhub.mediation.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class CaseTest {

    @Inject
    TestClock clock;

    @Inject
    ServiceDatabase database;

    @Inject
    CaseLapses lapses;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<String> events(String type, UUID id) {
        return database.data().outbox().payloads(type, id);
    }

    private static UUID disputeOrder(String category) {
        return UUID.fromString(asStaff().body(hotlineCall(category)).post("/api/mediation/work-orders").then()
                .statusCode(201).extract().path("id"));
    }

    @Test
    void aCaseOpenedFromADisputeOrderRunsOnTheFifteenDayClockAndKeepsPartiesOutOfItsEvent() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z")); // Tuesday 10:00 in Shanghai
        UUID order = disputeOrder("LABOUR_DISPUTE");
        Map<String, Object> body = caseBody();
        body.put("workOrderId", order.toString());
        UUID id = openCase(body);
        asStaff().get("/api/mediation/cases/" + id).then()
                .body("number", matchesPattern("MED-2026-\\d{6}"))
                .body("status", equalTo("OPEN"))
                .body("workOrderId", equalTo(order.toString()))
                .body("receivedOn", equalTo("2026-12-01"))
                .body("lastDay", equalTo("2026-12-16")) // a Wednesday: 15 days from the day after receipt
                .body("daysLeft", equalTo(15))
                .body("worker.name", equalTo("李建国"))
                .body("claims[0].amount", equalTo(21600.0f));
        clock.setTo(Instant.parse("2026-12-16T15:00:00Z")); // 23:00 of the last day
        asStaff().get("/api/mediation/cases/" + id).then().body("daysLeft", equalTo(1));

        String opened = events("mediation-case.opened.v1", id).get(0);
        assertTrue(opened.contains("\"claimedPay\": 21600"), opened);
        assertTrue(opened.contains("91990200MA2XY4K311"), opened);
        for (String personal : List.of("李建国", "13812345678", "张律师", "工资未发")) {
            assertFalse(opened.contains(personal), opened);
        }
        assertFalse(database.data().stored("mediation_case", "worker_name", id).contains("李建国"));
        asStaff().body(body).post("/api/mediation/cases").then().statusCode(409)
                .body("detail", containsString("already has mediation case"));
    }

    @Test
    void aLastDayOnAHolidayOrARestDayMovesToTheNextWorkingDay() {
        clock.setTo(Instant.parse("2026-12-17T02:00:00Z")); // Thursday; 15 days on is 1 January 2027, a holiday
        UUID id = openCase(caseBody());
        asStaff().get("/api/mediation/cases/" + id).then()
                .body("lastDay", equalTo("2027-01-04")); // past the holiday and the weekend after it
    }

    @Test
    void anApplicationWhoseFifteenDaysAreOverOrThatIsNotADisputeIsRefused() {
        clock.setTo(Instant.parse("2026-12-21T02:00:00Z"));
        Map<String, Object> late = caseBody();
        late.put("receivedOn", "2026-12-05"); // last day Monday 21 December: still open today
        asStaff().body(late).post("/api/mediation/cases").then().statusCode(201).body("daysLeft", equalTo(1));
        late.put("receivedOn", "2026-12-04"); // last day Monday 21 December too (the 19th is a Saturday)
        asStaff().body(late).post("/api/mediation/cases").then().statusCode(201);
        late.put("receivedOn", "2026-12-03"); // last day Friday 18 December: over
        asStaff().body(late).post("/api/mediation/cases").then().statusCode(422)
                .body("detail", containsString("2026-12-18"));
        Map<String, Object> future = caseBody();
        future.put("receivedOn", "2026-12-22");
        asStaff().body(future).post("/api/mediation/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));

        Map<String, Object> fromAdvice = caseBody();
        fromAdvice.put("workOrderId", disputeOrder("LEGAL_SERVICE").toString());
        asStaff().body(fromAdvice).post("/api/mediation/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("workOrderId"));
        Map<String, Object> unknownOrder = caseBody();
        unknownOrder.put("workOrderId", UUID.randomUUID().toString());
        asStaff().body(unknownOrder).post("/api/mediation/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("workOrderId"));
    }

    @Test
    void anEmployersCodeWithAWrongCheckCharacterAndAPayClaimWithoutItsAmountAre400s() {
        Map<String, Object> typo = caseBody();
        typo.put("employer", Map.of("name", "海西船舶重工有限公司", "creditCode", "91990200MA2XY4K312"));
        asStaff().body(typo).post("/api/mediation/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("employer.creditCode"));
        Map<String, Object> tooFine = caseBody();
        tooFine.put("claims", List.of(Map.of("kind", "OTHER"), Map.of("kind", "UNPAID_WAGES", "amount", 0.001)));
        asStaff().body(tooFine).post("/api/mediation/cases").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("claims[1].amount"));
        Map<String, Object> noAmount = caseBody();
        noAmount.put("claims", List.of(Map.of("kind", "SOCIAL_INSURANCE"), Map.of("kind", "UNPAID_WAGES")));
        asStaff().body(noAmount).post("/api/mediation/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("claims[1].amount"));
        Map<String, Object> noClaim = caseBody();
        noClaim.put("claims", List.of());
        asStaff().body(noClaim).post("/api/mediation/cases").then().statusCode(400);
    }

    @Test
    void aMediatorWhoDeclaredAConflictOrDeclaredNothingCannotTakeTheCase() {
        UUID id = openCase(caseBody());
        String related = newMediator();
        String silent = newMediator();
        String free = newMediator();
        asStaff().body(Map.of("mediatorId", silent)).post("/api/mediation/cases/" + id + "/mediator").then()
                .statusCode(422).body("detail", containsString("has not declared"));

        asMediator(related).body(Map.of("conflict", "RELATIVE", "detail", "申请人系其表弟"))
                .post("/api/mediation/cases/" + id + "/declaration").then().statusCode(200);
        asStaff().body(Map.of("mediatorId", related)).post("/api/mediation/cases/" + id + "/mediator").then()
                .statusCode(422).body("detail", containsString("RELATIVE"));
        for (String rewritten : List.of("NONE", "COLLEAGUE")) { // neither withdrawn nor rewritten
            asMediator(related).body(Map.of("conflict", rewritten)).post("/api/mediation/cases/" + id
                    + "/declaration").then().statusCode(409);
        }

        asMediator(free).body(Map.of("conflict", "NONE")).post("/api/mediation/cases/" + id + "/declaration")
                .then().statusCode(200);
        asMediator(related).body(Map.of("mediatorId", free)).post("/api/mediation/cases/" + id + "/mediator")
                .then().statusCode(403);
        asStaff().body(Map.of("mediatorId", free)).post("/api/mediation/cases/" + id + "/mediator").then()
                .statusCode(200).body("mediatorId", equalTo(free));

        // found out later: declaring the conflict takes them off the case
        asMediator(free).body(Map.of("conflict", "COLLEAGUE")).post("/api/mediation/cases/" + id + "/declaration")
                .then().statusCode(200);
        asStaff().get("/api/mediation/cases/" + id).then().body("mediatorId", nullValue());
    }

    @Test
    void aMediatorWhoIsAPartysAgentCannotTakeTheCaseWhateverTheyDeclare() {
        String lawyer = "lawyer-" + UUID.randomUUID().toString().substring(0, 8);
        asStaff().body(Map.of("memberId", lawyer, "displayName", "张律师",
                "centreId", "6c0e8a1f-0000-4000-8000-000000000003")).post("/api/mediation/mediators").then()
                .statusCode(201);
        Map<String, Object> body = caseBody();
        body.put("agents", List.of(Map.of("forParty", "WORKER", "kind", "LAWYER", "name", "张律师",
                "memberId", lawyer)));
        UUID id = openCase(body);
        asMediator(lawyer).body(Map.of("conflict", "NONE")).post("/api/mediation/cases/" + id + "/declaration")
                .then().statusCode(200);
        asMediator(lawyer).body(Map.of("mediatorId", lawyer)).post("/api/mediation/cases/" + id + "/mediator")
                .then().statusCode(422).body("detail", containsString("agent"));
    }

    @Test
    void anInactiveMediatorTakesNoNewCase() {
        String retired = newMediator();
        UUID id = openCase(caseBody());
        asMediator(retired).body(Map.of("conflict", "NONE")).post("/api/mediation/cases/" + id + "/declaration")
                .then().statusCode(200);
        asStaff().body(Map.of("displayName", "王调解员", "centreId", "6c0e8a1f-0000-4000-8000-000000000003",
                "active", false)).put("/api/mediation/mediators/" + retired).then().statusCode(200);
        asStaff().body(Map.of("mediatorId", retired)).post("/api/mediation/cases/" + id + "/mediator").then()
                .statusCode(422).body("detail", containsString("no longer active"));
    }

    @Test
    void anAgreementBindsOnlyOnceBothPartiesAndTheMediatorSigned() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        String mediator = newMediator();
        UUID id = caseWithMediator(mediator);
        String session = asMediator(mediator)
                .body(Map.of("heldAt", "2026-12-01T09:30:00+08:00", "minutes", "双方到场，用人单位承认欠薪。"))
                .post("/api/mediation/cases/" + id + "/sessions").then().statusCode(201).body("number", equalTo(1))
                .extract().path("id");
        assertFalse(database.data().stored("case_session", "minutes", UUID.fromString(session)).contains("欠薪"));
        assertEquals(1, events("mediation-case.session-held.v1", id).size());
        sign(id, mediator, "WORKER", 409); // nothing to sign yet

        draftAgreement(id, mediator, "2026-12-10");
        sign(id, mediator, "WORKER", 200);
        sign(id, mediator, "WORKER", 409);
        asStaff().body(Map.of("party", "MEDIATOR")).post("/api/mediation/cases/" + id + "/agreement/signatures")
                .then().statusCode(403);
        asStaff().body(Map.of("party", "EMPLOYER")).post("/api/mediation/cases/" + id + "/agreement/signatures")
                .then().statusCode(200);
        // new terms: everyone signs the new text
        draftAgreement(id, mediator, "2026-12-11");
        asStaff().get("/api/mediation/cases/" + id).then().body("agreement.workerSignedAt", nullValue())
                .body("agreement.binding", equalTo(false));
        sign(id, mediator, "WORKER", 200);
        sign(id, mediator, "EMPLOYER", 200);
        assertTrue(events("mediation-case.agreement-signed.v1", id).isEmpty());
        sign(id, mediator, "MEDIATOR", 200);

        asStaff().get("/api/mediation/cases/" + id).then().body("status", equalTo("AGREED"))
                .body("agreement.binding", equalTo(true)).body("daysLeft", nullValue());
        String signed = events("mediation-case.agreement-signed.v1", id).get(0);
        assertTrue(signed.contains("\"agreedPay\": 21600"), signed);
        assertFalse(signed.contains("21600元"), "no terms in the event");
        asMediator(mediator).body(Map.of("heldAt", "2026-12-01T09:45:00+08:00", "minutes", "再谈"))
                .post("/api/mediation/cases/" + id + "/sessions").then().statusCode(409);
    }

    @Test
    void onlyTheCasesMediatorOrStaffWorkOnIt() {
        String mediator = newMediator();
        String other = newMediator();
        UUID id = caseWithMediator(mediator);
        asMediator(other).body(Map.of("heldAt", "2026-11-27T01:00:00Z", "minutes", "记录"))
                .post("/api/mediation/cases/" + id + "/sessions").then().statusCode(403);
        as("w-1", "worker").get("/api/mediation/cases/" + id).then().statusCode(403);
        as("court-1", "partner").get("/api/mediation/cases").then().statusCode(403);
    }

    @Test
    void whenTheClockRunsOutTheCaseLapsesOnceAndThePartiesAreToldTheyMayGoToArbitration() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        String mediator = newMediator();
        UUID id = caseWithMediator(mediator);
        draftAgreement(id, mediator, "2026-12-20");
        sign(id, mediator, "WORKER", 200);
        clock.setTo(Instant.parse("2026-12-16T16:00:00Z")); // midnight after the last day, Shanghai
        sign(id, mediator, "EMPLOYER", 409); // too late, even before the check ran

        assertTrue(lapses.check() >= 1);
        lapses.check();
        List<String> lapsed = events("mediation-case.lapsed.v1", id);
        assertEquals(1, lapsed.size());
        assertTrue(lapsed.get(0).contains("申请仲裁") && lapsed.get(0).contains("apply to the labour dispute"),
                lapsed.get(0));
        asStaff().get("/api/mediation/cases/" + id).then().body("status", equalTo("LAPSED"))
                .body("notice.en", containsString("2026-12-16"));
    }

    @Test
    void twoReplicasCheckingTheClockAtOnceLapseEachCaseOnce() throws Exception {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        List<UUID> cases = List.of(openCase(caseBody()), openCase(caseBody()), openCase(caseBody()));
        clock.setTo(Instant.parse("2026-12-17T02:00:00Z"));
        Replicas.runAtOnce(2, () -> lapses.check());
        for (UUID id : cases) {
            assertEquals(1, events("mediation-case.lapsed.v1", id).size());
        }
    }


    @Test
    void aSessionInTheFutureOrBeforeTheApplicationIsRefused() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        String mediator = newMediator();
        UUID id = caseWithMediator(mediator);
        for (String heldAt : List.of("2026-12-01T11:00:00+08:00", "2026-11-30T23:59:00+08:00")) {
            asMediator(mediator).body(Map.of("heldAt", heldAt, "minutes", "记录"))
                    .post("/api/mediation/cases/" + id + "/sessions").then().statusCode(400)
                    .body("errors[0].field", equalTo("heldAt"));
        }
    }

    @Test
    void noAgreementRefersThePartiesToArbitration() {
        String mediator = newMediator();
        UUID id = caseWithMediator(mediator);
        asMediator(mediator).body(Map.of("reason", "用人单位拒绝支付")).post("/api/mediation/cases/" + id + "/no-agreement")
                .then().statusCode(200).body("status", equalTo("NO_AGREEMENT"))
                .body("notice.zh", containsString("仲裁"));
        String referred = events("mediation-case.referred-to-arbitration.v1", id).get(0);
        assertFalse(referred.contains("拒绝支付"), referred);
        asMediator(mediator).body(Map.of("reason", "again")).post("/api/mediation/cases/" + id + "/no-agreement")
                .then().statusCode(409);
    }

    @Test
    void aBreachIsRecordedAfterTheDayItWasDueWithAdviceOfAPaymentOrderForWages() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        String mediator = newMediator();
        UUID breached = agreed(mediator, "2026-12-10");
        UUID performed = agreed(mediator, "2026-12-10");
        Map<String, String> breach = Map.of("outcome", "BREACHED", "note", "到期未付");
        asMediator(mediator).body(breach).post("/api/mediation/cases/" + breached + "/performance").then()
                .statusCode(409);
        asMediator(mediator).body(Map.of("outcome", "PERFORMED")).post("/api/mediation/cases/" + performed
                + "/performance").then().statusCode(200).body("status", equalTo("PERFORMED"));
        assertTrue(events("mediation-case.agreement-performed.v1", performed).get(0).contains("\"paidPay\": 21600"));

        clock.setTo(Instant.parse("2026-12-10T16:00:00Z")); // the day after the agreed day began, Shanghai
        asMediator(mediator).body(breach).post("/api/mediation/cases/" + breached + "/performance").then()
                .statusCode(200).body("status", equalTo("BREACHED"))
                .body("advice", equalTo(List.of("ARBITRATION", "PAYMENT_ORDER")))
                .body("notice.zh", containsString("支付令"));
        assertTrue(events("mediation-case.agreement-breached.v1", breached).get(0).contains("PAYMENT_ORDER"));
        asMediator(mediator).body(Map.of("outcome", "PERFORMED")).post("/api/mediation/cases/" + breached
                + "/performance").then().statusCode(409);
    }

    @Test
    void listsShowNoNamesAndFilterByStatusMediatorAndEmployer() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        String mediator = newMediator();
        UUID id = caseWithMediator(mediator);
        Map<String, Object> filters = new HashMap<>(Map.of("mediatorId", mediator, "status", "OPEN",
                "employerCreditCode", "91990200MA2XY4K311"));
        String page = asStaff().queryParams(filters).get("/api/mediation/cases").then().statusCode(200)
                .body("items[0].id", equalTo(id.toString())).body("items[0].daysLeft", equalTo(15))
                .body("items[0].claimKinds", equalTo(List.of("UNPAID_WAGES", "SOCIAL_INSURANCE")))
                .extract().asString();
        assertFalse(page.contains("李建国") || page.contains("13812345678"), page);
        asStaff().queryParam("employerCreditCode", "not-a-code").get("/api/mediation/cases").then().statusCode(400);
    }

    @Test
    void everyCaseEventIsShapedAsItsDocumentedExample() throws Exception {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        String mediator = newMediator();
        UUID performed = agreed(mediator, "2026-12-05");
        UUID heard = caseWithMediator(mediator);
        asMediator(mediator).body(Map.of("heldAt", "2026-12-01T09:30:00+08:00", "minutes", "记录"))
                .post("/api/mediation/cases/" + heard + "/sessions").then().statusCode(201);
        asMediator(mediator).body(Map.of("outcome", "PERFORMED")).post("/api/mediation/cases/" + performed
                + "/performance").then().statusCode(200);
        UUID breached = agreed(mediator, "2026-12-05");
        UUID refused = caseWithMediator(mediator);
        asMediator(mediator).body(Map.of("reason", "拒绝")).post("/api/mediation/cases/" + refused + "/no-agreement")
                .then().statusCode(200);
        Map<String, Object> fromOrder = caseBody();
        fromOrder.put("workOrderId", disputeOrder("LABOUR_DISPUTE").toString());
        UUID lapsed = openCase(fromOrder);
        clock.setTo(Instant.parse("2026-12-17T02:00:00Z"));
        asMediator(mediator).body(Map.of("outcome", "BREACHED")).post("/api/mediation/cases/" + breached
                + "/performance").then().statusCode(200);
        lapses.check();

        ObjectMapper json = new ObjectMapper();
        Map<String, UUID> cases = Map.of("opened", lapsed, "session-held", heard, "agreement-signed", performed,
                "agreement-performed", performed, "agreement-breached", breached,
                "referred-to-arbitration", refused, "lapsed", lapsed);
        for (var entry : cases.entrySet()) {
            String type = "unionhub.mediation.mediation-case." + entry.getKey() + ".v1";
            String payload = events("mediation-case." + entry.getKey() + ".v1", entry.getValue()).get(0);
            assertTrue(EventCatalogue.sameShape(EventCatalogue.example(type).get("data"), json.readTree(payload)),
                    type + ": " + payload);
        }
    }

    @Test
    void aMediatorTakesOnlyAnUnassignedCaseOfTheirCentreAndOnlyStaffMoveOneWithEverySignatureGoing() {
        String first = newMediator();
        String second = newMediator();
        UUID id = caseWithMediator(first);
        draftAgreement(id, first, LocalDate.now(clock).plusDays(10).toString());
        sign(id, first, "WORKER", 200);
        sign(id, first, "EMPLOYER", 200);
        asMediator(second).body(Map.of("conflict", "NONE")).post("/api/mediation/cases/" + id + "/declaration")
                .then().statusCode(200);
        asMediator(second).body(Map.of("mediatorId", second)).post("/api/mediation/cases/" + id + "/mediator")
                .then().statusCode(409);
        sign(id, second, "MEDIATOR", 403);

        String elsewhere = "med-" + UUID.randomUUID().toString().substring(0, 8);
        asStaff().body(Map.of("memberId", elsewhere, "displayName", "赵调解员", "centreId",
                MediationApi.BINHAI_CENTRE.toString())).post("/api/mediation/mediators").then().statusCode(201);
        UUID unassigned = openCase(caseBody());
        asMediator(elsewhere).body(Map.of("conflict", "NONE"))
                .post("/api/mediation/cases/" + unassigned + "/declaration").then().statusCode(200);
        asMediator(elsewhere).body(Map.of("mediatorId", elsewhere))
                .post("/api/mediation/cases/" + unassigned + "/mediator").then().statusCode(422);

        as(first, "union-staff").body(Map.of("party", "MEDIATOR")) // the mediator's id, not as mediator
                .post("/api/mediation/cases/" + id + "/agreement/signatures").then().statusCode(403);
        asStaff().body(Map.of("mediatorId", second)).post("/api/mediation/cases/" + id + "/mediator").then()
                .statusCode(200).body("mediatorId", equalTo(second))
                .body("agreement.workerSignedAt", nullValue()).body("agreement.employerSignedAt", nullValue());
        asStaff().body(Map.of("mediatorId", second)).post("/api/mediation/cases/" + id + "/mediator").then()
                .statusCode(200).body("claims[0].kind", equalTo("UNPAID_WAGES")); // given again: unchanged
    }

    @Test
    void staffWhoArePartyToACaseDoNotActOnItAndMediatorsReadOnlyTheirCentresCases() {
        String mediator = newMediator();
        Map<String, Object> body = caseBody();
        body.put("agents", List.of(Map.of("forParty", "WORKER", "kind", "UNION_LEGAL_AID", "name", "张律师",
                "memberId", "staff-lawyer")));
        UUID id = openCase(body);
        asMediator(mediator).body(Map.of("conflict", "NONE")).post("/api/mediation/cases/" + id + "/declaration")
                .then().statusCode(200);
        asMediator(mediator).body(Map.of("mediatorId", mediator)).post("/api/mediation/cases/" + id + "/mediator")
                .then().statusCode(200);
        as("staff-lawyer", "union-staff").body(Map.of("reason", "拒绝")).post("/api/mediation/cases/" + id
                + "/no-agreement").then().statusCode(403);
        as("staff-lawyer", "union-staff").get("/api/mediation/cases/" + id).then().statusCode(403);

        String neighbour = newMediator(); // same centre: reads the case (to declare), not its minutes
        asMediator(neighbour).get("/api/mediation/cases/" + id).then().statusCode(200);
        asMediator(neighbour).get("/api/mediation/cases/" + id + "/sessions").then().statusCode(403);
        asMediator(mediator).get("/api/mediation/cases/" + id + "/sessions").then().statusCode(200);
        asMediator(neighbour).body(Map.of("conflict", "RELATIVE"))
                .post("/api/mediation/cases/" + id + "/declaration").then().statusCode(200);
        asMediator(neighbour).get("/api/mediation/cases/" + id).then().statusCode(403);

        String elsewhere = "med-" + UUID.randomUUID().toString().substring(0, 8);
        asStaff().body(Map.of("memberId", elsewhere, "displayName", "赵调解员", "centreId",
                MediationApi.BINHAI_CENTRE.toString())).post("/api/mediation/mediators").then().statusCode(201);
        asMediator(elsewhere).get("/api/mediation/cases/" + id).then().statusCode(403);
    }

    @Test
    void aCaseFromAnOrderIsReceivedTheDayOfTheCallAndAnIndividualBusinessIsNotNamedInTheEvent() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        UUID order = disputeOrder("LABOUR_DISPUTE");
        clock.setTo(Instant.parse("2026-12-03T02:00:00Z")); // the case is written two days after the call
        Map<String, Object> body = caseBody();
        body.put("workOrderId", order.toString());
        body.put("employer", Map.of("name", "海西区张记小吃店", "creditCode", "92990200MA2XY4K31X")); // 92: an individual business
        UUID id = openCase(body);
        asStaff().get("/api/mediation/cases/" + id).then().body("receivedOn", equalTo("2026-12-01"))
                .body("lastDay", equalTo("2026-12-16")).body("daysLeft", equalTo(14));
        String opened = events("mediation-case.opened.v1", id).get(0);
        assertTrue(opened.contains("\"employerCreditCode\": null"), opened);
    }

    /** A case brought to the status by its mediator, its agreement (if any) to be performed by the day given. */
    private UUID caseIn(String status, String mediator, String performBy) {
        UUID id = caseWithMediator(mediator);
        switch (status) {
            case "OPEN" -> draftAgreement(id, mediator, performBy);
            case "NO_AGREEMENT" -> asMediator(mediator).body(Map.of("reason", "拒绝"))
                    .post("/api/mediation/cases/" + id + "/no-agreement").then().statusCode(200);
            case "LAPSED" -> { } // the clock check lapses it
            default -> {
                draftAgreement(id, mediator, performBy);
                for (String party : List.of("WORKER", "EMPLOYER", "MEDIATOR")) {
                    sign(id, mediator, party, 200);
                }
            }
        }
        return id;
    }

    @Test
    void everyActionOnACaseIsAllowedOnlyFromTheStatusesItIsFor() {
        clock.setTo(Instant.parse("2026-12-01T02:00:00Z"));
        String mediator = newMediator();
        List<String> statuses = List.of("OPEN", "AGREED", "NO_AGREEMENT", "LAPSED", "PERFORMED", "BREACHED");
        Map<String, UUID> cases = new HashMap<>();
        statuses.stream().filter(status -> !status.equals("OPEN"))
                .forEach(status -> cases.put(status, caseIn(status, mediator, "2026-12-10")));
        clock.setTo(Instant.parse("2026-12-17T02:00:00Z")); // past the perform-by day and the first cases' clock
        asMediator(mediator).body(Map.of("outcome", "PERFORMED")).post("/api/mediation/cases/"
                + cases.get("PERFORMED") + "/performance").then().statusCode(200);
        asMediator(mediator).body(Map.of("outcome", "BREACHED")).post("/api/mediation/cases/"
                + cases.get("BREACHED") + "/performance").then().statusCode(200);
        lapses.check();
        asStaff().get("/api/mediation/cases/" + cases.get("LAPSED")).then().body("status", equalTo("LAPSED"));

        // each action, and the statuses it is allowed from, tried on a case of every status (a new open one each)
        Map<String, String> allowedFrom = Map.of("sessions", "OPEN", "agreement", "OPEN", "agreement/signatures", "OPEN",
                "no-agreement", "OPEN", "declaration", "OPEN", "performance", "AGREED");
        Map<String, Map<String, Object>> bodies = Map.of(
                "sessions", Map.of("heldAt", "2026-12-17T09:00:00+08:00", "minutes", "记录"),
                "agreement", Map.of("terms", "再议", "items", List.of(), "performBy", "2026-12-30"),
                "agreement/signatures", Map.of("party", "WORKER"),
                "no-agreement", Map.of("reason", "拒绝"),
                "declaration", Map.of("conflict", "NONE"),
                "performance", Map.of("outcome", "PERFORMED"));
        for (String status : statuses) {
            for (var action : allowedFrom.entrySet()) {
                UUID id = status.equals("OPEN") ? caseIn("OPEN", mediator, "2026-12-30") : cases.get(status);
                var request = asMediator(mediator).body(bodies.get(action.getKey()));
                String path = "/api/mediation/cases/" + id + "/" + action.getKey();
                int answer = (action.getKey().equals("agreement") ? request.put(path) : request.post(path))
                        .then().extract().statusCode();
                int allowed = action.getKey().equals("sessions") ? 201 : 200;
                assertEquals(action.getValue().equals(status) ? allowed : 409, answer,
                        action.getKey() + " on a case " + status);
            }
        }
    }

    @Test
    void aLastDayMovedOnByAHolidayConfiguredLaterDoesNotLapseTheCase() throws Exception {
        clock.setTo(Instant.parse("2026-12-17T02:00:00Z")); // last day Monday 4 January, past New Year's Day
        UUID id = openCase(caseBody());
        try (Connection db = database.data().openConnection(); Statement st = db.createStatement()) {
            // as fixed before the holiday was configured: Friday 1 January
            st.executeUpdate("update mediation_case set last_day = '2027-01-01' where id = '" + id + "'");
        }
        clock.setTo(Instant.parse("2027-01-02T02:00:00Z")); // Saturday: the old last day is over
        lapses.check();
        asStaff().get("/api/mediation/cases/" + id).then().body("status", equalTo("OPEN"))
                .body("lastDay", equalTo("2027-01-04")).body("daysLeft", equalTo(3));
        assertEquals("2027-01-04", database.data().stored("mediation_case", "last_day", id));
        clock.setTo(Instant.parse("2027-01-04T17:00:00Z")); // Tuesday 01:00 in Shanghai
        lapses.check();
        asStaff().get("/api/mediation/cases/" + id).then().body("status", equalTo("LAPSED"))
                .body("lastDay", equalTo("2027-01-04"));
    }
}
