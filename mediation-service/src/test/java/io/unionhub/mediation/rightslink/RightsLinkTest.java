package io.unionhub.mediation.rightslink;

import static io.unionhub.mediation.support.MediationApi.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.TopicWriter;
import io.unionhub.kit.testing.WithKafkaBroker;

/** employment-service's rights reports, through the real broker, become work orders exactly once. */
@QuarkusTest
@WithKafkaBroker
class RightsLinkTest {

    private static final String REPORTED = "unionhub.employment.rights.problem-reported.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** employment-service's event as documented (its own test checks that it publishes exactly that shape). */
    private void employmentPublishes(String type, String key, UUID reportId, String worker, int affected,
            String eventId) throws Exception {
        ObjectNode event = EventCatalogue.example(REPORTED);
        event.put("type", type);
        event.put("id", eventId);
        event.put("subject", reportId.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("reportId", reportId.toString());
        data.put("workerMemberId", worker);
        data.put("affectedWorkers", affected);
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            writer.send("unionhub.employment.events", key, event.toString());
        }
    }

    @Test
    void aReportBecomesOneWorkOrderEvenDeliveredTwiceOrPublishedTwice() throws Exception {
        String worker = "m-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        UUID report = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        employmentPublishes(REPORTED, key, report, worker, 12, eventId);
        employmentPublishes(REPORTED, key, report, worker, 12, eventId); // redelivered
        employmentPublishes(REPORTED, key, report, worker, 12, UUID.randomUUID().toString()); // published again
        employmentPublishes("unionhub.employment.rights.problem-reported.v2", key, UUID.randomUUID(), worker, 1,
                UUID.randomUUID().toString()); // a version not read yet
        UUID marker = UUID.randomUUID();
        employmentPublishes(REPORTED, key, marker, worker, 1, UUID.randomUUID().toString());

        // the marker comes last on the same key (one partition, handled in order): once it is in, the rest were seen
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(worker, "worker")
                .get("/api/mediation/work-orders/mine").then().body("total", equalTo(2)));
        as(worker, "worker").get("/api/mediation/work-orders/mine").then()
                .body("items.channel", equalTo(List.of("EMPLOYMENT_REPORT", "EMPLOYMENT_REPORT")))
                .body("items.category", equalTo(List.of("LABOUR_DISPUTE", "LABOUR_DISPUTE")))
                .body("items.complexity", equalTo(List.of("ORDINARY", "COMPLEX")));
        String orderId = as(worker, "worker").get("/api/mediation/work-orders/mine").then().extract()
                .path("items[1].id");
        as(worker, "worker").get("/api/mediation/work-orders/" + orderId).then()
                .body("matter", org.hamcrest.Matchers.containsString("12 worker(s) affected"))
                .body("matter", org.hamcrest.Matchers.containsString("/api/employment/rights-reports/" + report));
        try (TopicReader dlq = new TopicReader(bootstrapServers, "unionhub.mediation-rights-reports.dlq")) {
            dlq.readUntil(records -> records.stream().anyMatch(r -> r.value().contains("problem-reported.v2")),
                    Duration.ofSeconds(30));
        }
    }
}
