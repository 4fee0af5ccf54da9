package io.unionhub.employment.application;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of an application, keyed by the application. */
public final class ApplicationEvents {

    public static final EventType<ApplicationSubmitted> SUBMITTED =
            EventType.of("application", "application.submitted.v1", ApplicationSubmitted.class);
    public static final EventType<ApplicationStatusChanged> STATUS_CHANGED =
            EventType.of("application", "application.status-changed.v1", ApplicationStatusChanged.class);
    public static final EventType<IntentReached> INTENT_REACHED =
            EventType.of("application", "application.intent-reached.v1", IntentReached.class);
    public static final EventType<Hired> HIRED =
            EventType.of("application", "application.hired.v1", Hired.class);

    private ApplicationEvents() {
    }

    public record ApplicationSubmitted(UUID applicationId, UUID postingId, UUID seekerId, UUID employerId,
            String tradeCode, ApplicationSource source, UUID campaignId) {
    }

    /** Every transition, the first status included when an application starts past SUBMITTED (an on-site intent). */
    public record ApplicationStatusChanged(UUID applicationId, UUID postingId, ApplicationStatus from,
            ApplicationStatus to) {
    }

    /** An employment intent reached: at a fair on the spot ({@code campaignId}), or after an interview. */
    public record IntentReached(UUID applicationId, UUID postingId, UUID seekerId, UUID employerId, String tradeCode,
            String district, UUID campaignId) {
    }

    public record Hired(UUID applicationId, UUID postingId, UUID seekerId, UUID employerId, String tradeCode,
            String district, UUID campaignId, int openingsLeft) {
    }
}
