package io.unionhub.employment.trainingorder;

import java.time.LocalDate;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of the training-order aggregate (keyed by the order). */
public final class TrainingOrderEvents {

    public static final EventType<OrderCreated> CREATED =
            EventType.of("training-order", "training-order.created.v1", OrderCreated.class);
    public static final EventType<TraineeAssigned> TRAINEE_ASSIGNED =
            EventType.of("training-order", "training-order.trainee-assigned.v1", TraineeAssigned.class);
    public static final EventType<GraduatePlaced> GRADUATE_PLACED =
            EventType.of("training-order", "training-order.graduate-placed.v1", GraduatePlaced.class);

    private TrainingOrderEvents() {
    }

    public record OrderCreated(UUID orderId, UUID employerId, UUID postingId, String tradeCode, int headcount,
            LocalDate deadline) {
    }

    public record TraineeAssigned(UUID orderId, UUID traineeId, UUID seekerId, int assigned, int headcount) {
    }

    /**
     * A trainee graduated: their skills were updated and, when the order's posting was still open, an application
     * to it made ({@code applicationId}, else null). {@code viaTrainingService}: the completion came from
     * training-service's event, not an outside course recorded by staff.
     */
    public record GraduatePlaced(UUID orderId, UUID traineeId, UUID seekerId, UUID employerId,
            UUID applicationId, boolean viaTrainingService) {
    }
}
