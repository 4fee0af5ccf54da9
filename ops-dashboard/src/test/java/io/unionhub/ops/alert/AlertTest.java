package io.unionhub.ops.alert;

import static io.unionhub.ops.support.OpsApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.ProgramEvents;

/** Thresholds crossed raise alerts, shown by the API and published as events; passed, they clear. */
@QuarkusTest
@WithKafkaBroker
@QuarkusTestResource(value = FakeServiceMetrics.class, restrictToAnnotatedClass = true)
class AlertTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AlertCheck check;

    @Inject
    EntityManager entityManager;

    @Test
    void eachThresholdCrossedRaisesOneAlertPublishedAsAnEventAndClearsWhenItPasses() throws Exception {
        // a lagging outbox; orders received today and none closed; SLA breaches; a cadre never trained
        FakeServiceMetrics.oldestPendingAgeSeconds = 300;
        OffsetDateTime now = OffsetDateTime.now();
        List<ObjectNode> mediation = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String order = UUID.randomUUID().toString();
            mediation.add(ProgramEvents.example("unionhub.mediation.work-order.received.v1", now,
                    Map.of("workOrderId", order)));
            mediation.add(ProgramEvents.example("unionhub.mediation.sla.breached.v1", now,
                    Map.of("workOrderId", order)));
        }
        List<ObjectNode> training = List.of(ProgramEvents.example("unionhub.training.cadre.registered.v1", now,
                Map.of("cadreId", UUID.randomUUID().toString())));
        ProgramEvents.send("mediation", mediation);
        ProgramEvents.send("training", training);
        awaitFolded(mediation);
        awaitFolded(training);

        List<AlertView> raised = check.check();
        assertEquals(List.of(AlertRule.COVERAGE_BEHIND, AlertRule.CLOSURE_RATE_LOW, AlertRule.SLA_BREACHES_RISING,
                AlertRule.OUTBOX_BACKLOG), raised.stream().map(AlertView::rule).sorted().toList());
        AlertView backlog = raised.stream().filter(a -> a.rule() == AlertRule.OUTBOX_BACKLOG).findFirst().get();
        assertEquals("fake", backlog.subject());
        assertEquals(300.0, backlog.value());
        assertEquals(60.0, backlog.threshold());
        assertTrue(check.check().isEmpty(), "an open alert is not raised again");
        assertEquals(4, get("/api/ops/alerts?open=true").getList("items").size());

        FakeServiceMetrics.oldestPendingAgeSeconds = 0;
        List<AlertView> cleared = check.check();
        assertEquals(List.of(backlog.id()), cleared.stream().map(AlertView::id).toList());
        assertTrue(cleared.get(0).clearedAt() != null);
        assertEquals(3, get("/api/ops/alerts?open=true").getList("items").size());
        assertEquals(4, get("/api/ops/alerts").getList("items").size());

        try (TopicReader topic = new TopicReader(ProgramEvents.bootstrapServers(), "unionhub.ops.events")) {
            List<ConsumerRecord<String, String>> records = topic.readUntil(r -> r.size() >= 5, Duration.ofSeconds(30));
            List<String> types = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = JSON.readTree(record.value());
                types.add(event.path("type").asText());
                assertEquals(event.path("subject").asText(), record.key());
                assertTrue(EventCatalogue.sameShape(EventCatalogue.example(event.path("type").asText()).get("data"),
                        event.path("data")), event.toString());
            }
            assertEquals(4, types.stream().filter("unionhub.ops.alert.raised.v1"::equals).count());
            assertEquals(1, types.stream().filter("unionhub.ops.alert.cleared.v1"::equals).count());
        }
    }

    /**
     * These very events are in the figures. (A count of events seen could be reached by others: those a previous app
     * of this module read but had not yet acknowledged are read again by this one.)
     */
    private void awaitFolded(List<ObjectNode> events) {
        List<String> ids = events.stream().map(event -> event.path("id").asText()).toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(distinct event_id) from processed_event where event_id in :ids")
                        .setParameter("ids", ids).getSingleResult()).longValue()) == ids.size());
    }

    @Test
    void theAlertEventsTheCodeDeclaresAreExactlyTheDocumentedOnes() throws Exception {
        assertEquals(EventCatalogue.declared("ops"), EventCatalogue.documented("ops"));
    }
}
