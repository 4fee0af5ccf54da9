package io.unionhub.employment.events;

import static io.unionhub.employment.support.EmploymentApi.WELDER;
import static io.unionhub.employment.support.EmploymentApi.apply;
import static io.unionhub.employment.support.EmploymentApi.employer;
import static io.unionhub.employment.support.EmploymentApi.move;
import static io.unionhub.employment.support.EmploymentApi.posting;
import static io.unionhub.employment.support.EmploymentApi.seeker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.WithKafkaBroker;

/** docs/asyncapi.yaml documents exactly the event types the code defines, and nothing is emitted undocumented. */
@QuarkusTest
@WithKafkaBroker
class EventCatalogueTest {

    @Inject
    ServiceDatabase database;

    @Test
    void everyEventTypeTheCodeDefinesIsDocumentedAndNoOther() throws Exception {
        assertEquals(EventCatalogue.declared("employment"), EventCatalogue.documented("employment"));
    }

    @Test
    void everyTypeInTheOutboxIsDocumented() throws Exception {
        var application = apply(posting(employer(null, true), WELDER, "焊工", 1),
                seeker("海西区", List.of(WELDER), List.of()));
        move(application, "INTENT_REACHED");
        move(application, "HIRED");
        Set<String> emitted = new TreeSet<>(database.outbox().typesEmitted());
        assertTrue(emitted.containsAll(Set.of("unionhub.employment.employer.verified.v1",
                "unionhub.employment.posting.filled.v1", "unionhub.employment.application.hired.v1")), emitted
                        .toString());
        Set<String> documented = EventCatalogue.documented("employment");
        for (String type : emitted) {
            assertTrue(documented.contains(type), type + " is emitted but not in docs/asyncapi.yaml");
        }
    }
}
