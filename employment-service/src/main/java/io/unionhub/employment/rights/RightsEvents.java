package io.unionhub.employment.rights;

import java.math.BigDecimal;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** The rights link to mediation-service (keyed by the report). */
public final class RightsEvents {

    public static final EventType<RightsProblemReported> REPORTED =
            EventType.of("rights-report", "rights.problem-reported.v1", RightsProblemReported.class);

    private RightsEvents() {
    }

    /**
     * A rights problem about an employer; mediation-service opens a work order from it. The reporter's account stays
     * here (mediation reads it over REST with its own role); {@code workerMemberId}, the worker the report is for,
     * lets them follow the work order, and is null when staff report without naming one.
     */
    public record RightsProblemReported(UUID reportId, UUID employerId, String employerCreditCode,
            String employerDistrict, RightsCategory category, int affectedWorkers, BigDecimal amountOwed,
            String workerMemberId) {
    }
}
