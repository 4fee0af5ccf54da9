package io.unionhub.training.attendance;

import java.time.LocalDate;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

public final class AttendanceEvents {

    public static final EventType<AttendanceRecorded> RECORDED =
            EventType.of("cohort", "attendance.recorded.v1", AttendanceRecorded.class);
    public static final EventType<TrainingCompleted> TRAINING_COMPLETED =
            EventType.of("cadre", "cadre.track-completed.v1", TrainingCompleted.class);

    private AttendanceEvents() {
    }

    /** One day's register of a cohort (keyed by cohort). */
    public record AttendanceRecorded(UUID cohortId, int day, LocalDate date, long present, long absent,
            long excused) {
    }

    /** A cadre completed a track (keyed by cadre). */
    public record TrainingCompleted(UUID completionId, UUID cadreId, UUID cohortId, UUID trackId,
            String certificateNumber, LocalDate completedOn) {
    }
}
