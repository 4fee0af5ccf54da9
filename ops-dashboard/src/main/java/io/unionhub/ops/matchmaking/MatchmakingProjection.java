package io.unionhub.ops.matchmaking;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.unionhub.kit.events.CloudEvent;
import io.unionhub.ops.projection.Changes;
import io.unionhub.ops.projection.EventData;
import io.unionhub.ops.projection.ProgramProjection;

/**
 * matchmaking-service's events: profiles, mixers and their sign-ups and attendance, matches, couples, marriages and
 * wedding places. Counts only: its events name no person's details, and neither do the figures.
 */
@ApplicationScoped
public class MatchmakingProjection implements ProgramProjection {

    static final String PREFIX = "unionhub.matchmaking.";

    @Override
    public String program() {
        return "matchmaking";
    }

    @Override
    public boolean apply(CloudEvent event, EventData data, Changes changes) {
        LocalDate day = changes.day(event);
        switch (event.type().substring(PREFIX.length())) {
            case "profile.registered.v1" -> changes.count(MatchmakingFigures.PROFILES_REGISTERED, day, 1);
            case "profile.verified.v1" -> changes.count(MatchmakingFigures.VERIFICATIONS, day, 1);
            case "profile.withdrawn.v1" -> changes.count(MatchmakingFigures.WITHDRAWALS, day, 1);
            case "profile.erased.v1" -> changes.count(MatchmakingFigures.ERASURES, day, 1);
            case "match.formed.v1" -> changes.count(MatchmakingFigures.MATCHES, day, 1);
            case "introduction.proposed.v1" -> changes.count(MatchmakingFigures.INTRODUCTIONS, day, 1);
            case "mixer.published.v1" -> changes.count(MatchmakingFigures.MIXERS_PUBLISHED, day, 1);
            case "mixer.registration-confirmed.v1", "mixer.registration-promoted.v1" ->
                changes.count(MatchmakingFigures.SIGN_UPS, day, 1);
            case "mixer.registration-waitlisted.v1" -> changes.count(MatchmakingFigures.WAITLISTED, day, 1);
            case "mixer.closed.v1" -> {
                long attended = data.integer("attended");
                long pairs = data.integer("pairs");
                changes.count(MatchmakingFigures.MIXERS_HELD, day, 1);
                changes.count(MatchmakingFigures.PARTICIPATIONS, day, attended);
                changes.count(MatchmakingFigures.MUTUAL_PICKS, day, pairs);
            }
            case "couple.reported.v1" -> changes.count(MatchmakingFigures.COUPLES, day, 1);
            case "couple.marriage-reported.v1" -> changes.count(MatchmakingFigures.MARRIAGES, day, 1);
            case "couple.wedding-registered.v1" -> changes.count(MatchmakingFigures.WEDDING_PLACES, day, 1);
            case "consent.given.v1", "consent.withdrawn.v1", "introduction.accepted.v1" -> {
                // known, nothing on the dashboard
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
