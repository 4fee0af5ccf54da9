package io.unionhub.employment.rights;

import static io.unionhub.employment.support.EmploymentApi.as;
import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.newMemberId;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class RightsTest {

    @Inject
    ServiceDatabase database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** mediation-service consumes this event; its test publishes the documented example, so ours must match it. */
    @Test
    void theReportOnTheTopicIsShapedAsDocumented() throws Exception {
        UUID report = UUID.fromString(as(newMemberId(), "worker").body(Map.of("employerId",
                        employer(null, true).toString(), "category", "UNPAID_WAGES", "affectedWorkers", 3,
                        "amountOwed", 1200.50, "account", "欠薪")).post("/api/employment/rights-reports")
                .then().statusCode(201).extract().path("id"));
        String type = "unionhub.employment.rights.problem-reported.v1";
        try (TopicReader reader = new TopicReader(bootstrapServers, "unionhub.employment.events")) {
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> ours =
                    r -> report.toString().equals(r.key()) && r.value().contains(type);
            String published = reader.readUntil(seen -> seen.stream().anyMatch(ours), Duration.ofSeconds(30))
                    .stream().filter(ours).findFirst().orElseThrow().value();
            assertTrue(EventCatalogue.sameShape(EventCatalogue.example(type),
                    new ObjectMapper().readTree(published)), published);
        }
    }

    @Test
    void aWorkersReportIsPublishedForMediationWithoutTheirAccount() {
        String worker = newMemberId();
        UUID employerId = employer(null, true);
        UUID report = UUID.fromString(as(worker, "worker").body(Map.of("employerId", employerId.toString(),
                        "category", "UNPAID_WAGES", "affectedWorkers", 12, "amountOwed", 86400.00,
                        "account", "十月、十一月工资未发放，老板失联。"))
                .post("/api/employment/rights-reports").then().statusCode(201).extract().path("id"));
        String event = database.payloads("rights.problem-reported.v1", report).get(0);
        assertFalse(event.contains("工资未发放"), event);
        assertTrue(event.contains("\"workerMemberId\": \"" + worker + "\"") && event.contains("UNPAID_WAGES"), event);
        assertFalse(database.stored("rights_report", "account", report).contains("工资"));

        as(worker, "worker").get("/api/employment/rights-reports/" + report).then().statusCode(200)
                .body("account", equalTo("十月、十一月工资未发放，老板失联。"));
        as("mediator-1", "mediator").get("/api/employment/rights-reports/" + report).then().statusCode(200);
        as(newMemberId(), "worker").get("/api/employment/rights-reports/" + report).then().statusCode(403);
        as(newMemberId(), "worker").get("/api/employment/rights-reports").then().body("total", equalTo(0));
        as(worker, "worker").body(Map.of("employerId", employerId.toString(), "category", "OVERTIME",
                "affectedWorkers", 1, "account", "加班无加班费", "workerMemberId", "m-someone-else"))
                .post("/api/employment/rights-reports").then().statusCode(400);
        as(newMemberId(), "employer").get("/api/employment/rights-reports").then().statusCode(403);
        as(worker, "worker").queryParam("employerId", employer(null, true)).get("/api/employment/rights-reports")
                .then().body("total", equalTo(0));
        as(worker, "worker").queryParam("employerId", employerId).get("/api/employment/rights-reports")
                .then().body("total", equalTo(1));
        asStaff().body(Map.of("employerId", employerId.toString(), "category", "OVERTIME", "affectedWorkers", 1,
                "account", "加班无加班费", "workerMemberId", "a b")).post("/api/employment/rights-reports").then()
                .statusCode(400).body("errors[0].field", equalTo("workerMemberId"));
    }
}
