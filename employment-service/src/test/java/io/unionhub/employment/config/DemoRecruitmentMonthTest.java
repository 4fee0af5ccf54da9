package io.unionhub.employment.config;

import static io.unionhub.employment.support.EmploymentApi.anonymous;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.kit.testing.WithKafkaBroker;

/** With demo data on, an empty database gets the recruitment month, so the figures are there at once. */
@QuarkusTest
@WithKafkaBroker
@TestProfile(DemoRecruitmentMonthTest.DemoDataOn.class)
class DemoRecruitmentMonthTest {

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unionhub.employment.demo-data", "true");
        }
    }

    @Test
    void anEmptyDatabaseGetsTheRecruitmentMonthInTheSeedsProportions() {
        asStaff().queryParam("size", 1).get("/api/employment/employers").then().body("total", equalTo(210));
        asStaff().queryParam("status", "PENDING").queryParam("size", 1).get("/api/employment/employers").then()
                .body("total", equalTo(10));
        asStaff().queryParam("size", 1).get("/api/employment/seekers").then().body("total", equalTo(1_200));
        asStaff().get("/api/employment/campaigns").then().body("total", equalTo(1))
                .body("items[0].figures.employers", equalTo(200)).body("items[0].figures.posts", equalTo(1_000))
                .body("items[0].figures.trades", greaterThan(100)).body("items[0].figures.intents", equalTo(820))
                .body("items[0].figures.hires", equalTo(160)).body("items[0].figures.visitors", greaterThan(8_800));
        // the pending employers' postings are not on the board; the rest are, less the filled ones
        anonymous().queryParam("size", 1).get("/api/employment/board/postings").then()
                .body("total", greaterThan(900));
    }
}
