package io.unionhub.training.followup;

import java.time.LocalDate;
import java.util.UUID;

/** Follow-up events, keyed by the cadre visited; the notes stay in the service. */
public final class FollowUpEvents {

    public static final String DUE = "follow-up.due.v1";
    public static final String RECORDED = "follow-up.recorded.v1";

    private FollowUpEvents() {
    }

    public record FollowUpDue(UUID followUpId, UUID cadreId, UUID completionId, LocalDate dueOn) {
    }

    public record FollowUpRecorded(UUID followUpId, UUID cadreId, FollowUpOutcome outcome, LocalDate visitedOn) {
    }
}
