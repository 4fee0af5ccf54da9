package io.unionhub.training.cohort;

import java.time.LocalDate;
import java.util.UUID;

public final class CohortEvents {

    public static final String SCHEDULED = "cohort.scheduled.v1";
    public static final String EXTENSION_MODULE_ADOPTED = "cohort.extension-module-adopted.v1";

    private CohortEvents() {
    }

    public record CohortScheduled(UUID cohortId, UUID trackId, LocalDate startsOn, LocalDate endsOn, int capacity) {
    }

    public record ExtensionModuleAdopted(UUID cohortId, String category, String module, long requests) {
    }
}
