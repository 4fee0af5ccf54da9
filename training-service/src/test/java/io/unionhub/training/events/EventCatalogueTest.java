package io.unionhub.training.events;

import static io.unionhub.training.support.TrainingApi.TWO_DAY;
import static io.unionhub.training.support.TrainingApi.asCadre;
import static io.unionhub.training.support.TrainingApi.enrol;
import static io.unionhub.training.support.TrainingApi.newMemberId;
import static io.unionhub.training.support.TrainingApi.registerCadre;
import static io.unionhub.training.support.TrainingApi.scheduleCohort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.training.support.ServiceDatabase;

/** docs/asyncapi.yaml documents exactly the event types the code defines, and nothing is emitted undocumented. */
@QuarkusTest
@WithKafkaBroker
class EventCatalogueTest {

    private static final String PREFIX = "unionhub.training.";

    @Inject
    ServiceDatabase database;

    @Test
    void everyEventTypeTheCodeDefinesIsDocumentedAndNoOther() throws Exception {
        assertEquals(EventCatalogue.declared("training"), EventCatalogue.documented("training"));
    }

    @Test
    void everyTypeInTheOutboxIsDocumented() throws IOException {
        emitTheCommonEvents();
        Set<String> emitted = new TreeSet<>(database.typesEmitted());
        assertTrue(emitted.containsAll(Set.of(PREFIX + "cadre.registered.v1", PREFIX + "cohort.scheduled.v1",
                PREFIX + "enrolment.confirmed.v1", PREFIX + "survey.answered.v1")), "emitted: " + emitted);
        Set<String> documented = EventCatalogue.documented("training");
        for (String type : emitted) {
            assertTrue(documented.contains(type), type + " is emitted but not in docs/asyncapi.yaml");
        }
    }

    /** A cadre registered, a cohort scheduled, the cadre enrolled and answering its needs survey. */
    private static void emitTheCommonEvents() {
        String member = newMemberId();
        UUID cadre = registerCadre(member, "FULL_TIME", "Catalogue", "Catalogue Unit");
        UUID cohort = scheduleCohort(TWO_DAY, LocalDate.now().plusDays(40), 10);
        enrol(cohort, cadre);
        asCadre(member).body(Map.of("topics", List.of(Map.of("topic", "Collective bargaining"))))
                .post("/api/training/cohorts/" + cohort + "/topic-requests").then().statusCode(201);
    }
}
