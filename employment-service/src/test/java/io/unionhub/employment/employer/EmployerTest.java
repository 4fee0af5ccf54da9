package io.unionhub.employment.employer;

import static io.unionhub.employment.support.EmploymentApi.WELDER;
import static io.unionhub.employment.support.EmploymentApi.anonymous;
import static io.unionhub.employment.support.EmploymentApi.as;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.employerBody;
import static io.unionhub.employment.support.EmploymentApi.newCreditCode;
import static io.unionhub.employment.support.EmploymentApi.newMemberId;
import static io.unionhub.employment.support.EmploymentApi.posting;
import static io.unionhub.employment.support.EmploymentApi.verify;
import static io.unionhub.employment.support.EmploymentApi.postingBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class EmployerTest {

    @Inject
    ServiceDatabase database;

    @Test
    void aCodeWithAWrongCheckCharacterIsA400AndATakenCodeA409() {
        asStaff().body(employerBody("914403001922038217")).post("/api/employment/employers")
                .then().statusCode(400).body("errors[0].field", equalTo("creditCode"));
        String code = newCreditCode();
        asStaff().body(employerBody(code)).post("/api/employment/employers").then().statusCode(201)
                .body("status", equalTo("PENDING"));
        asStaff().body(employerBody(code)).post("/api/employment/employers").then().statusCode(409);
    }

    @Test
    void anEmployerAccountRegistersAndManagesOnlyItsOwnCompany() {
        String account = newMemberId();
        UUID own = UUID.fromString(as(account, "employer").body(employerBody(newCreditCode()))
                .post("/api/employment/employers").then().statusCode(201)
                .body("accountMemberId", equalTo(account)).extract().path("id"));
        as(account, "employer").get("/api/employment/employers/me").then().statusCode(200).body("id",
                equalTo(own.toString()));
        UUID other = employer(newMemberId(), true);
        as(account, "employer").get("/api/employment/employers/" + other).then().statusCode(403);
        Map<String, Object> forSomeoneElse = new HashMap<>(employerBody(newCreditCode()));
        forSomeoneElse.put("accountMemberId", "m-someone-else");
        as(newMemberId(), "employer").body(forSomeoneElse).post("/api/employment/employers").then().statusCode(400);
        as(account, "employer").body(Map.of("verified", true, "name", "测试"))
                .post("/api/employment/employers/" + own + "/verification").then().statusCode(403);

        // verified, its name is what the board shows: only staff change it then
        verify(own).statusCode(200);
        String code = as(account, "employer").get("/api/employment/employers/me").then().extract().path("creditCode");
        Map<String, Object> renamed = new HashMap<>(employerBody(code));
        renamed.put("name", "另一家知名企业");
        as(account, "employer").body(renamed).put("/api/employment/employers/" + own).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        asStaff().body(renamed).put("/api/employment/employers/" + own).then().statusCode(200)
                .body("name", equalTo("另一家知名企业"));
    }

    @Test
    void postingsReachTheBoardOnlyOnceStaffVerifiedTheEmployer() {
        UUID employerId = employer(newMemberId(), false);
        String title = "待审核单位的焊工 " + UUID.randomUUID();
        UUID postingId = posting(postingBody(employerId, WELDER, title, 3));
        anonymous().get("/api/employment/board/postings/" + postingId).then().statusCode(404);
        assertTrue(database.payloads("posting.published.v1", postingId).isEmpty(), "a draft has no events yet");
        anonymous().queryParam("trade", WELDER).queryParam("size", 100).get("/api/employment/board/postings")
                .then().body("items.identifier", not(hasItem(postingId.toString())));

        verify(employerId).statusCode(200).body("status", equalTo("VERIFIED"));
        anonymous().get("/api/employment/board/postings/" + postingId).then().statusCode(200)
                .body("title", equalTo(title));
        assertEquals(1, database.payloads("posting.published.v1", postingId).size());
        verify(employerId).statusCode(409);
        assertTrue(database.payloads("employer.verified.v1", employerId).get(0).contains("\"verified\": true"));
    }

    @Test
    void aVerificationNamesTheEmployerAsCheckedAndARenameSinceIsRefused() {
        String account = newMemberId();
        String code = newCreditCode();
        UUID id = UUID.fromString(as(account, "employer").body(employerBody(code)).post("/api/employment/employers")
                .then().statusCode(201).extract().path("id"));
        String checked = asStaff().get("/api/employment/employers/" + id).then().extract().path("name");
        Map<String, Object> renamed = new HashMap<>(employerBody(code));
        renamed.put("name", "另一家知名企业");
        as(account, "employer").body(renamed).put("/api/employment/employers/" + id).then().statusCode(200);
        asStaff().body(Map.of("verified", true, "name", checked))
                .post("/api/employment/employers/" + id + "/verification").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("另一家知名企业"));
        asStaff().get("/api/employment/employers/" + id).then().body("status", equalTo("PENDING"));
    }

    /** The verification holds the employer's row while a posting is published: the posting must end up listed. */
    @Test
    void aPostingPublishedDuringTheVerificationIsListed() throws Exception {
        UUID employerId = employer(null, false);
        try (java.sql.Connection verification = database.openConnection()) {
            verification.setAutoCommit(false);
            try (var lock = verification.prepareStatement("select 1 from employer where id = ? for no key update")) {
                lock.setObject(1, employerId);
                lock.executeQuery();
            }
            var publishing = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> posting(employerId, WELDER, "审核中发布", 2));
            Thread.sleep(500); // the publish waits on the row
            try (var verify = verification.prepareStatement("update employer set status = 'VERIFIED' where id = ?")) {
                verify.setObject(1, employerId);
                verify.executeUpdate();
            }
            verification.commit();
            UUID postingId = publishing.get(30, java.util.concurrent.TimeUnit.SECONDS);
            anonymous().get("/api/employment/board/postings/" + postingId).then().statusCode(200);
        }
    }

    @Test
    void theContactIsEncryptedMaskedInListsAndNeverInAnEvent() {
        UUID id = employer(null, false);
        assertFalse(database.stored("employer", "contact_phone", id).contains("13906001234"));
        assertFalse(database.stored("employer", "contact_name", id).contains("陈经理"));
        asStaff().queryParam("status", "PENDING").queryParam("size", 100).get("/api/employment/employers")
                .then().statusCode(200).body("items.maskedContactPhone", hasItem("139****1234"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("contactPhone")));
        String event = database.payloads("employer.registered.v1", id).get(0);
        assertFalse(event.contains("1390600") || event.contains("陈经理"), event);
    }
}
