package io.unionhub.matchmaking.interest;

import java.util.UUID;

import io.unionhub.kit.events.EventType;

/** A mutual like: the match and its two profiles' ids, nothing about them. */
public final class MatchEvents {

    public static final EventType<MatchFormed> FORMED = EventType.of("match", "match.formed.v1", MatchFormed.class);

    private MatchEvents() {
    }

    public record MatchFormed(UUID matchId, UUID firstProfileId, UUID secondProfileId) {
    }
}
