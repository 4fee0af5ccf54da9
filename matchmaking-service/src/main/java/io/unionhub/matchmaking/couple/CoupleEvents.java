package io.unionhub.matchmaking.couple;

import java.time.LocalDate;
import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** A couple reported, its marriage, its place at a collective wedding: ids and dates only. */
public final class CoupleEvents {

    public static final EventType<Reported> REPORTED = EventType.of("couple", "couple.reported.v1", Reported.class);
    public static final EventType<Married> MARRIED = EventType.of("couple", "couple.marriage-reported.v1",
            Married.class);
    public static final EventType<WeddingRegistered> WEDDING_REGISTERED =
            EventType.of("couple", "couple.wedding-registered.v1", WeddingRegistered.class);

    private CoupleEvents() {
    }

    /** The couple only: with its match's id, a reader of match.formed.v1 would learn who is married. */
    public record Reported(UUID coupleId) {
    }

    public record Married(UUID coupleId, LocalDate marriedOn) {
    }

    public record WeddingRegistered(UUID coupleId, UUID weddingId, LocalDate heldOn) {
    }
}
