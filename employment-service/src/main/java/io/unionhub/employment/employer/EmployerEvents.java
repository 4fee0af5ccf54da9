package io.unionhub.employment.employer;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of the employer aggregate: the credit code and name are public facts; the contact never appears. */
public final class EmployerEvents {

    public static final EventType<EmployerRegistered> REGISTERED =
            EventType.of("employer", "employer.registered.v1", EmployerRegistered.class);
    public static final EventType<EmployerVerified> VERIFIED =
            EventType.of("employer", "employer.verified.v1", EmployerVerified.class);

    private EmployerEvents() {
    }

    public record EmployerRegistered(UUID employerId, String creditCode, String district) {
    }

    /** Verified or refused by union staff ({@code verified} false). */
    public record EmployerVerified(UUID employerId, boolean verified) {
    }
}
