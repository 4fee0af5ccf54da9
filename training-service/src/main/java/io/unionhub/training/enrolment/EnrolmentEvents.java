package io.unionhub.training.enrolment;

import java.util.UUID;

/** Enrolment events, keyed by their cohort so that one cohort's enrolments stay in order. */
public final class EnrolmentEvents {

    public static final String CONFIRMED = "enrolment.confirmed.v1";
    public static final String WAITLISTED = "enrolment.waitlisted.v1";
    public static final String PROMOTED = "enrolment.promoted.v1";
    public static final String CANCELLED = "enrolment.cancelled.v1";

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
