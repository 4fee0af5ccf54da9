package io.unionhub.matchmaking.introduction;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** An introduction proposed, and accepted by both (its match): ids only. */
public final class IntroductionEvents {

    public static final EventType<Proposed> PROPOSED =
            EventType.of("introduction", "introduction.proposed.v1", Proposed.class);
    public static final EventType<Accepted> ACCEPTED =
            EventType.of("introduction", "introduction.accepted.v1", Accepted.class);

    private IntroductionEvents() {
    }

    public record Proposed(UUID introductionId, UUID firstProfileId, UUID secondProfileId) {
    }

    public record Accepted(UUID introductionId, UUID matchId) {
    }
}
