package io.unionhub.matchmaking.events;

import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;

/** docs/asyncapi.yaml documents exactly the event types the code defines, and nothing is emitted undocumented. */
@QuarkusTest
@WithKafkaBroker
class EventCatalogueTest {

    @Inject
    ServiceDatabase database;

    @Test
    void everyEventTypeTheCodeDefinesIsDocumentedAndNoOther() throws Exception {
        assertEquals(EventCatalogue.declared("matchmaking"), EventCatalogue.documented("matchmaking"));
    }

    @Test
    void everyTypeInTheOutboxIsDocumented() throws Exception {
        consent(registered(true), "MATCHING");
        Set<String> emitted = new TreeSet<>(database.data().outbox().typesEmitted());
        assertTrue(emitted.contains("unionhub.matchmaking.consent.given.v1"), emitted.toString());
        Set<String> documented = EventCatalogue.documented("matchmaking");
        for (String type : emitted) {
            assertTrue(documented.contains(type), type + " is emitted but not in docs/asyncapi.yaml");
        }
    }
}
