package io.unionhub.employment.matching;

import static io.unionhub.employment.support.EmploymentApi.BRICKLAYER;
import static io.unionhub.employment.support.EmploymentApi.COOK;
import static io.unionhub.employment.support.EmploymentApi.apply;
import static io.unionhub.employment.support.EmploymentApi.as;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.newMemberId;
import static io.unionhub.employment.support.EmploymentApi.posting;
import static io.unionhub.employment.support.EmploymentApi.postingBody;
import static io.unionhub.employment.support.EmploymentApi.seeker;
import static io.unionhub.employment.support.EmploymentApi.seekerBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class MatchingTest {

    /** A district of its own, so that only this test's seekers share it. */
    private static String district() {
        return "匹配区" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void jobsForASeekerAreRankedByTheirReasonsAndExplained() {
        String district = district();
        UUID employerId = employer(null, true);
        var best = postingBody(employerId, COOK, "中餐厨师", 2);
        best.put("district", district);
        best.put("skills", List.of("川菜", "面点"));
        UUID bestId = posting(best);
        var elsewhere = postingBody(employerId, COOK, "中餐厨师（外区）", 2);
        elsewhere.put("skills", List.of("川菜", "粤菜"));
        UUID elsewhereId = posting(elsewhere);
        UUID otherTrade = posting(employerId, BRICKLAYER, "砌筑工", 2);

        UUID seekerId = seeker(district, List.of(COOK), List.of("川菜", "面点"));
        JsonPath matches = asStaff().queryParam("limit", 50).get("/api/employment/matching/seekers/" + seekerId + "/jobs")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = matches.getList("posting.identifier");
        assertEquals(-1, ids.indexOf(otherTrade.toString()), "another trade is not a match");
        int bestAt = ids.indexOf(bestId.toString());
        int elsewhereAt = ids.indexOf(elsewhereId.toString());
        assertEquals(true, bestAt >= 0 && elsewhereAt > bestAt, ids.toString());
        assertEquals(100, matches.getInt("[" + bestAt + "].match.score"));
        assertEquals(List.of("trade", "skills", "certificates", "district", "availability"),
                matches.getList("[" + bestAt + "].match.reasons.factor"));
        // 40 trade + 12 skills (1 of 2) + 15 certificates (none asked) + 0 district + 5 availability
        assertEquals(72, matches.getInt("[" + elsewhereAt + "].match.score"));
        assertEquals("has 1 of 2 skills asked", matches.getString("[" + elsewhereAt + "].match.reasons[1].detail"));
    }

    @Test
    void seekersForAJobComeBestFirstWithMaskedPhonesAndWithoutThoseWhoApplied() {
        String district = district();
        var body = postingBody(employer(null, true), BRICKLAYER, "砌筑工", 5);
        body.put("district", district);
        body.put("skills", List.of("砌砖", "抹灰"));
        UUID postingId = posting(body);
        UUID both = seeker(district, List.of(BRICKLAYER), List.of("砌砖", "抹灰"));
        UUID one = seeker(district, List.of(BRICKLAYER), List.of("砌砖"));
        UUID applied = seeker(district, List.of(BRICKLAYER), List.of("砌砖", "抹灰"));
        apply(postingId, applied);

        JsonPath matches = asStaff().get("/api/employment/matching/postings/" + postingId + "/seekers")
                .then().statusCode(200).body("maskedPhone", org.hamcrest.Matchers.everyItem(
                        matchesPattern("\\d{3}\\*{4}\\d{4}")))
                .body("seekerId", not(hasItem(applied.toString()))).extract().jsonPath();
        List<String> ids = matches.getList("seekerId");
        assertEquals(true, ids.indexOf(both.toString()) >= 0 && ids.indexOf(one.toString()) > ids.indexOf(
                both.toString()), ids.toString());
    }

    @Test
    void aWorkerSeesJobsForThemselfOnly() {
        String member = newMemberId();
        as(member, "worker").body(seekerBody(district(), List.of(COOK), List.of())).post("/api/employment/seekers/me")
                .then().statusCode(201);
        as(member, "worker").get("/api/employment/matching/jobs-for-me").then().statusCode(200);
        as(member, "worker").get("/api/employment/matching/seekers/" + UUID.randomUUID() + "/jobs").then()
                .statusCode(403);
        as(newMemberId(), "worker").get("/api/employment/matching/jobs-for-me").then().statusCode(404);
        asStaff().queryParam("limit", 51).get("/api/employment/matching/jobs-for-me").then().statusCode(403);
        asStaff().queryParam("limit", 51).get("/api/employment/matching/seekers/" + UUID.randomUUID() + "/jobs")
                .then().statusCode(400);
        asStaff().get("/api/employment/matching/seekers/" + UUID.randomUUID() + "/jobs").then().statusCode(404)
                .body("status", equalTo(404));
        as(member, "worker").body(Map.of()).get("/api/employment/matching/jobs-for-me").then().statusCode(200);
    }
}
