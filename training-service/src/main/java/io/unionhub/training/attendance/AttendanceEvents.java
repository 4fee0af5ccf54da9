package io.unionhub.training.attendance;

import java.time.LocalDate;
import java.util.UUID;

public final class AttendanceEvents {

    public static final String RECORDED = "attendance.recorded.v1";
    public static final String TRAINING_COMPLETED = "training.completed.v1";

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
