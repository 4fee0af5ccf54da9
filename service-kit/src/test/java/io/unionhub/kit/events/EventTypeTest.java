package io.unionhub.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTypeTest {

    record Scheduled(String cohortId) {
    }

    @ParameterizedTest
    @CsvSource({ "cohort, cohort.scheduled.v1", "follow-up, follow-up.due.v2", "cadre, cadre.track-completed.v1" })
    void aTypeNamesItsAggregateWhatHappenedAndAVersion(String aggregate, String type) {
        assertEquals(type, EventType.of(aggregate, type, Scheduled.class).type());
    }

    @ParameterizedTest
    @CsvSource({ "cohort, cohort.scheduled", "cohort, Cohort.Scheduled.v1", "cohort, scheduled.v1",
            "cohort, cohort.scheduled.v0", "Cohort, cohort.scheduled.v1", "cohort, cohort scheduled.v1" })
    void aTypeWithoutAVersionOrInAnotherShapeIsRefused(String aggregate, String type) {
        assertThrows(IllegalArgumentException.class, () -> EventType.of(aggregate, type, Scheduled.class));
    }
}
