package io.unionhub.mediation.config;

import static io.unionhub.mediation.support.MediationApi.asStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.WithKafkaBroker;

/**
 * With demo data on, an empty database gets a year of the hotline: orders in every state, cases of every outcome,
 * the figures readable at once. The service's own clock (not the tests' movable one) is the one the year is replayed
 * on, so it is what this profile runs with.
 */
@QuarkusTest
@WithKafkaBroker
@TestProfile(DemoMediationYearTest.DemoDataOn.class)
class DemoMediationYearTest {

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unionhub.mediation.demo-data", "true",
                    "quarkus.arc.exclude-types", "io.unionhub.mediation.support.TestClock");
        }
    }

    @Test
    void anEmptyDatabaseGetsAYearOfOrdersAndCasesInEveryState() {
        asStaff().queryParam("size", 1).get("/api/mediation/mediators").then().body("total", equalTo(27));
        for (String status : new String[] { "RECEIVED", "ASSIGNED", "IN_PROGRESS", "REPLIED", "CLOSED" }) {
            int total = asStaff().queryParam("status", status).queryParam("size", 1)
                    .get("/api/mediation/work-orders").then().statusCode(200).extract().path("total");
            assertTrue(total > 0, status + ": none");
        }
        for (String status : new String[] { "OPEN", "AGREED", "NO_AGREEMENT", "LAPSED", "PERFORMED", "BREACHED" }) {
            int total = asStaff().queryParam("status", status).queryParam("size", 1).get("/api/mediation/cases")
                    .then().statusCode(200).extract().path("total");
            assertTrue(total > 0, status + ": no case");
        }
        asStaff().queryParam("size", 1).get("/api/mediation/work-orders/escalated").then()
                .body("total", org.hamcrest.Matchers.greaterThan(0));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonPath year = asStaff().queryParam("from", today.minusDays(366).toString())
                .queryParam("to", today.toString()).get("/api/mediation/figures").then().statusCode(200)
                .extract().jsonPath();
        int received = year.getInt("received");
        assertTrue(received > 300 && received < 430, "about a call a day: " + received);
        assertTrue(year.getDouble("closureRate") > 0.9, "most orders closed: " + year.getDouble("closureRate"));
        assertTrue(year.getDouble("satisfaction") > 4.0);
        assertTrue(year.getInt("cases.agreements") > year.getInt("cases.lapsed"));
        assertTrue(year.getDouble("cases.payRecovered") > 0);
        assertTrue(year.getDouble("cases.payRecovered") < year.getDouble("cases.payAgreed"), "some breached");
    }
}
