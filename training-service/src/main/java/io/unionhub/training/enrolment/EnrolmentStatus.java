package io.unionhub.training.enrolment;

public enum EnrolmentStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
