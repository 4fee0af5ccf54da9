package io.unionhub.training.config;

import static io.unionhub.training.support.TrainingApi.asStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.kit.testing.WithKafkaBroker;

/** With demo data on, an empty database gets the demo city at start, so a newcomer sees something at once. */
@QuarkusTest
@WithKafkaBroker
@TestProfile(DemoCityTest.DemoDataOn.class)
class DemoCityTest {

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unionhub.training.demo-data", "true");
        }
    }

    @Test
    void anEmptyDatabaseGetsTheDemoCity() {
        asStaff().queryParam("size", 1).get("/api/training/cadres").then().body("total", equalTo(300));
        asStaff().queryParam("district", "盐田区").queryParam("size", 100).get("/api/training/cadres").then()
                .body("items.unionUnit", hasItem("盐田盐业产业园"));
        asStaff().get("/api/training/cohorts").then().body("total", equalTo(5))
                .body("items[0].extensionModules[0].category", equalTo("Digital transformation of unions"));
        asStaff().queryParam("status", "WAITLISTED").get("/api/training/cohorts/"
                        + asStaff().get("/api/training/cohorts").then().extract().path("items[0].id") + "/enrolments")
                .then().body("total", greaterThan(0));
    }
}
