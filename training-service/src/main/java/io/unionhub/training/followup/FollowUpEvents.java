package io.unionhub.training.followup;

import java.time.LocalDate;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Follow-up events, keyed by the cadre visited; the notes stay in the service. */
public final class FollowUpEvents {

    public static final EventType<FollowUpDue> DUE = EventType.of("cadre", "follow-up.due.v1", FollowUpDue.class);
    public static final EventType<FollowUpRecorded> RECORDED =
            EventType.of("cadre", "follow-up.recorded.v1", FollowUpRecorded.class);

    private FollowUpEvents() {
    }

    public record FollowUpDue(UUID followUpId, UUID cadreId, UUID completionId, LocalDate dueOn) {
    }

    public record FollowUpRecorded(UUID followUpId, UUID cadreId, FollowUpOutcome outcome, LocalDate visitedOn) {
    }
}
