package io.unionhub.matchmaking.profile;

import java.time.LocalDate;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** Events of the profile aggregate: ids and dates only; never a name, contact, gender, preference or registry answer. */
public final class ProfileEvents {

    public static final EventType<Registered> REGISTERED =
            EventType.of("profile", "profile.registered.v1", Registered.class);
    public static final EventType<Verified> VERIFIED =
            EventType.of("profile", "profile.verified.v1", Verified.class);

    /** The worker took their profile out of matching (withdrew that consent): hidden at once. */
    public static final EventType<Withdrawn> WITHDRAWN =
            EventType.of("profile", "profile.withdrawn.v1", Withdrawn.class);
    /** The worker's data is erased: a service holding anything of theirs by this id erases it too. */
    public static final EventType<Erased> ERASED = EventType.of("profile", "profile.erased.v1", Erased.class);

    private ProfileEvents() {
    }

    public record Registered(UUID profileId) {
    }

    /** Eligible to be recommended until the day given (a re-check is queued then). */
    public record Verified(UUID profileId, LocalDate verifiedUntil) {
    }

    public record Withdrawn(UUID profileId) {
    }

    public record Erased(UUID profileId) {
    }
}
