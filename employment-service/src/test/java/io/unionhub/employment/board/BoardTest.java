package io.unionhub.employment.board;

import static io.unionhub.employment.support.EmploymentApi.BRICKLAYER;
import static io.unionhub.employment.support.EmploymentApi.WELDER;
import static io.unionhub.employment.support.EmploymentApi.anonymous;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.posting;
import static io.unionhub.employment.support.EmploymentApi.postingBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.unionhub.employment.posting.PostingExpiry;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.employment.support.TestClock;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class BoardTest {

    @Inject
    TestClock clock;

    @Inject
    PostingExpiry expiry;

    @Inject
    ServiceDatabase database;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A word no other test's posting has, so that a search finds only this test's postings. */
    private static String marker() {
        return "标记" + Long.toString(System.nanoTime(), 36);
    }

    private static ValidatableResponse search(Map<String, ?> query) {
        return anonymous().queryParams(query).queryParam("size", 100).get("/api/employment/board/postings")
                .then().statusCode(200);
    }

    @Test
    void chineseTextMatchesByWordsInsideLongerWordsNotOnlyWholeStrings() {
        UUID employerId = employer(null, true);
        String marker = marker();
        var welder = postingBody(employerId, WELDER, "招聘船体电焊工 " + marker, 2);
        welder.put("description", "持焊工证上岗，二氧化碳保护焊经验优先。");
        UUID welding = posting(welder);
        UUID bricks = posting(postingBody(employerId, BRICKLAYER, "砌筑工（日结）" + marker, 5));

        search(Map.of("q", marker + " 焊工")).body("items.identifier", equalTo(List.of(welding.toString())));
        search(Map.of("q", marker + " 电焊")).body("items.identifier", equalTo(List.of(welding.toString())));
        search(Map.of("q", marker + " 保护焊")).body("items.identifier", equalTo(List.of(welding.toString())));
        search(Map.of("q", marker + " 砌")).body("items.identifier", equalTo(List.of(bricks.toString())));
        search(Map.of("q", marker + " 焊砌")).body("total", equalTo(0));
        search(Map.of("q", marker)).body("items.identifier",
                equalTo(List.of(bricks.toString(), welding.toString())));
        search(Map.of("q", "！？。")).body("total", equalTo(0));
    }

    @Test
    void filtersByTradeDistrictGigAndAWageFloorInItsUnitNewestFirst() {
        UUID employerId = employer(null, true);
        String marker = marker();
        var day = postingBody(employerId, BRICKLAYER, "日结小工 " + marker, 3);
        day.put("employmentType", "PER_DIEM");
        day.put("wageUnit", "DAY");
        day.put("wageMin", 200);
        day.put("wageMax", 260);
        day.put("district", "东港区");
        UUID dayWork = posting(day);
        var month = postingBody(employerId, WELDER, "焊工 " + marker, 3);
        UUID monthly = posting(month);

        search(Map.of("q", marker, "gigOnly", true)).body("items.identifier", equalTo(List.of(dayWork.toString())));
        search(Map.of("q", marker, "district", "东港区")).body("items.identifier",
                equalTo(List.of(dayWork.toString())));
        search(Map.of("q", marker, "trade", WELDER)).body("items.identifier", equalTo(List.of(monthly.toString())));
        search(Map.of("q", marker, "wageFloor", 250, "wageUnit", "DAY")).body("items.identifier",
                equalTo(List.of(dayWork.toString())));
        search(Map.of("q", marker, "wageFloor", 300, "wageUnit", "DAY")).body("total", equalTo(0));
        search(Map.of("q", marker)).body("items.identifier", equalTo(List.of(monthly.toString(), dayWork.toString())));
        anonymous().queryParam("wageFloor", 250).get("/api/employment/board/postings").then().statusCode(400);
    }

    @Test
    void theBoardIsPublicAndShowsTheJobPostingShapeWithoutAnyContact() {
        UUID employerId = employer(null, true);
        UUID id = posting(employerId, WELDER, "焊工 " + marker(), 4);
        anonymous().get("/api/employment/board/postings/" + id).then().statusCode(200)
                .body("'@context'", equalTo("https://schema.org")).body("'@type'", equalTo("JobPosting"))
                .body("hiringOrganization.'@type'", equalTo("Organization"))
                .body("baseSalary.currency", equalTo("CNY")).body("baseSalary.value.unitText", equalTo("MONTH"))
                .body("totalJobOpenings", equalTo(4)).body("occupationalCategory", org.hamcrest.Matchers.startsWith(WELDER))
                .body("hiringOrganization", not(org.hamcrest.Matchers.hasKey("contactPhone")))
                .body(not(org.hamcrest.Matchers.containsString("13906001234")));
        anonymous().get("/api/employment/trades").then().statusCode(200).body("code", hasItem(WELDER));
    }

    @Test
    void aPostingPastItsLastDayLeavesTheBoardAtMidnightAndTheNightlyJobExpiresItOnce() {
        UUID employerId = employer(null, true);
        String marker = marker();
        var body = postingBody(employerId, WELDER, "短期焊工 " + marker, 2);
        body.put("validThrough", clock.today().plusDays(1).toString());
        UUID id = posting(body);
        search(Map.of("q", marker)).body("total", equalTo(1));

        clock.advanceDays(2);
        search(Map.of("q", marker)).body("total", equalTo(0));
        expiry.expireDue();
        expiry.expireDue();
        asStaff().get("/api/employment/postings/" + id).then().body("status", equalTo("EXPIRED"));
        assertEquals(1, database.payloads("posting.expired.v1", id).size());
    }

    @Test
    void aPostingIsValidFromTodayForAtMostAYear() {
        UUID employerId = employer(null, true);
        var past = postingBody(employerId, WELDER, "过期岗位", 1);
        past.put("validThrough", clock.today().minusDays(1).toString());
        asStaff().body(past).post("/api/employment/postings").then().statusCode(422)
                .body("errors[0].field", equalTo("validThrough"));
        var far = postingBody(employerId, WELDER, "太远的岗位", 1);
        far.put("validThrough", clock.today().plusYears(2).toString());
        asStaff().body(far).post("/api/employment/postings").then().statusCode(422);
        var wages = postingBody(employerId, WELDER, "工资倒挂", 1);
        wages.put("wageMin", 9000);
        asStaff().body(wages).post("/api/employment/postings").then().statusCode(422)
                .body("errors[0].field", equalTo("wageMax"));
    }

    @Test
    void aPostingKeepsItsTradeAndAnUnknownTradeNamesTheField() {
        UUID employerId = employer(null, true);
        var body = postingBody(employerId, WELDER, "焊工", 2);
        UUID id = posting(body);
        body.put("tradeCode", BRICKLAYER);
        asStaff().body(body).put("/api/employment/postings/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("tradeCode"));
        var unknown = postingBody(employerId, "9-99-99-99", "无此工种", 1);
        asStaff().body(unknown).post("/api/employment/postings").then().statusCode(400)
                .body("errors[0].field", equalTo("tradeCode"));
    }

    @Test
    void anEmployerClosesItsOwnPostingButNotAnothers() {
        String account = io.unionhub.employment.support.EmploymentApi.newMemberId();
        UUID own = employer(account, true);
        UUID other = employer(null, true);
        UUID mine = posting(own, WELDER, "我的岗位", 2);
        UUID theirs = posting(other, WELDER, "别人的岗位", 2);
        io.unionhub.employment.support.EmploymentApi.as(account, "employer")
                .post("/api/employment/postings/" + theirs + "/close").then().statusCode(403);
        io.unionhub.employment.support.EmploymentApi.as(account, "employer")
                .post("/api/employment/postings/" + mine + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        asStaff().post("/api/employment/postings/" + mine + "/close").then().statusCode(409);
        anonymous().get("/api/employment/board/postings/" + mine).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }
}
