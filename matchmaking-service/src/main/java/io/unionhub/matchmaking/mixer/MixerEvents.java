package io.unionhub.matchmaking.mixer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/**
 * A mixer published, its sign-ups confirmed, waitlisted or promoted, and its close with the anonymous counts; all
 * keyed by the mixer, so a promotion follows the cancellation that made room. Never a gender or a name.
 */
public final class MixerEvents {

    public static final EventType<Published> PUBLISHED = EventType.of("mixer", "mixer.published.v1", Published.class);
    public static final EventType<RegistrationChanged> CONFIRMED =
            EventType.of("mixer", "mixer.registration-confirmed.v1", RegistrationChanged.class);
    public static final EventType<RegistrationChanged> WAITLISTED =
            EventType.of("mixer", "mixer.registration-waitlisted.v1", RegistrationChanged.class);
    public static final EventType<RegistrationChanged> PROMOTED =
            EventType.of("mixer", "mixer.registration-promoted.v1", RegistrationChanged.class);
    public static final EventType<Closed> CLOSED = EventType.of("mixer", "mixer.closed.v1", Closed.class);

    private MixerEvents() {
    }

    public record PublishedVenue(UUID venueId, String district, boolean main, int seats) {
    }

    public record Published(UUID mixerId, Theme theme, OffsetDateTime startsAt, OffsetDateTime endsAt,
            List<PublishedVenue> venues) {
    }

    public record RegistrationChanged(UUID mixerId, UUID registrationId, UUID venueId, UUID profileId) {
    }

    public record Closed(UUID mixerId, int registered, int attended, int pairs) {
    }
}
