package io.unionhub.matchmaking.consent;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** A consent given or withdrawn: the profile and the purpose only. */
public final class ConsentEvents {

    public static final EventType<ConsentChanged> GIVEN =
            EventType.of("profile", "consent.given.v1", ConsentChanged.class);
    public static final EventType<ConsentChanged> WITHDRAWN =
            EventType.of("profile", "consent.withdrawn.v1", ConsentChanged.class);

    private ConsentEvents() {
    }

    public record ConsentChanged(UUID profileId, Purpose purpose) {
    }
}
