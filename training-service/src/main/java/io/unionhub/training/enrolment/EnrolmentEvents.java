package io.unionhub.training.enrolment;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Enrolment events, keyed by their cohort so that one cohort's enrolments stay in order. */
public final class EnrolmentEvents {

    public static final EventType<EnrolmentConfirmed> CONFIRMED =
            EventType.of("cohort", "enrolment.confirmed.v1", EnrolmentConfirmed.class);
    public static final EventType<EnrolmentWaitlisted> WAITLISTED =
            EventType.of("cohort", "enrolment.waitlisted.v1", EnrolmentWaitlisted.class);
    public static final EventType<EnrolmentPromoted> PROMOTED =
            EventType.of("cohort", "enrolment.promoted.v1", EnrolmentPromoted.class);
    public static final EventType<EnrolmentCancelled> CANCELLED =
            EventType.of("cohort", "enrolment.cancelled.v1", EnrolmentCancelled.class);

    private EnrolmentEvents() {
    }

    public record EnrolmentConfirmed(UUID enrolmentId, UUID cohortId, UUID cadreId, long confirmedCount) {
    }

    public record EnrolmentWaitlisted(UUID enrolmentId, UUID cohortId, UUID cadreId, long position) {
    }

    public record EnrolmentPromoted(UUID enrolmentId, UUID cohortId, UUID cadreId) {
    }

    public record EnrolmentCancelled(UUID enrolmentId, UUID cohortId, UUID cadreId, EnrolmentStatus previousStatus) {
    }
}
