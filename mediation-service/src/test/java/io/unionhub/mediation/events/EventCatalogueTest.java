package io.unionhub.mediation.events;

import static io.unionhub.mediation.support.MediationApi.file;
import static io.unionhub.mediation.support.MediationApi.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.mediation.support.MediationApi;
import io.unionhub.mediation.support.ServiceDatabase;

/** docs/asyncapi.yaml documents exactly the event types the code defines, and nothing is emitted undocumented. */
@QuarkusTest
@WithKafkaBroker
class EventCatalogueTest {

    @Inject
    ServiceDatabase database;

    @Test
    void everyEventTypeTheCodeDefinesIsDocumentedAndNoOther() throws Exception {
        assertEquals(EventCatalogue.declared("mediation"), EventCatalogue.documented("mediation"));
    }

    @Test
    void everyTypeInTheOutboxIsDocumented() throws Exception {
        var order = file();
        step(order, "assignment", Map.of("centreId", MediationApi.HAIXI_CENTRE.toString()), 200);
        Set<String> emitted = new TreeSet<>(database.data().outbox().typesEmitted());
        assertTrue(emitted.contains("unionhub.mediation.work-order.assigned.v1"), emitted.toString());
        Set<String> documented = EventCatalogue.documented("mediation");
        for (String type : emitted) {
            assertTrue(documented.contains(type), type + " is emitted but not in docs/asyncapi.yaml");
        }
    }
}
