package io.unionhub.training.cohort;

import java.time.LocalDate;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

public final class CohortEvents {

    public static final EventType<CohortScheduled> SCHEDULED =
            EventType.of("cohort", "cohort.scheduled.v1", CohortScheduled.class);
    public static final EventType<ExtensionModuleAdopted> EXTENSION_MODULE_ADOPTED =
            EventType.of("cohort", "cohort.extension-module-adopted.v1", ExtensionModuleAdopted.class);

    private CohortEvents() {
    }

    public record CohortScheduled(UUID cohortId, UUID trackId, LocalDate startsOn, LocalDate endsOn, int capacity) {
    }

    public record ExtensionModuleAdopted(UUID cohortId, String category, String module, long requests) {
    }
}
