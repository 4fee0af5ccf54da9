package io.unionhub.ops.matchmaking;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.unionhub.ops.figures.ProgramReadout;
import io.unionhub.ops.projection.Tallies;

/** Matchmaking's figures: the counts of its events; profiles now are those registered less those erased. */
@ApplicationScoped
public class MatchmakingFigures implements ProgramReadout {

    static final String PROFILES_REGISTERED = "matchmaking.profiles-registered";
    static final String VERIFICATIONS = "matchmaking.verifications";
    static final String WITHDRAWALS = "matchmaking.withdrawals";
    static final String ERASURES = "matchmaking.erasures";
    static final String MATCHES = "matchmaking.matches";
    static final String INTRODUCTIONS = "matchmaking.introductions";
    static final String MIXERS_PUBLISHED = "matchmaking.mixers-published";
    static final String MIXERS_HELD = "matchmaking.mixers-held";
    static final String SIGN_UPS = "matchmaking.sign-ups";
    static final String WAITLISTED = "matchmaking.waitlisted";
    static final String PARTICIPATIONS = "matchmaking.participations";
    static final String MUTUAL_PICKS = "matchmaking.mutual-picks";
    static final String COUPLES = "matchmaking.couples";
    static final String MARRIAGES = "matchmaking.marriages";
    static final String WEDDING_PLACES = "matchmaking.wedding-places";
    static final List<String> COUNTS = List.of(PROFILES_REGISTERED, VERIFICATIONS, WITHDRAWALS, ERASURES, MATCHES,
            INTRODUCTIONS, MIXERS_PUBLISHED, MIXERS_HELD, SIGN_UPS, WAITLISTED, PARTICIPATIONS, MUTUAL_PICKS, COUPLES,
            MARRIAGES, WEDDING_PLACES);

    @Inject
    Tallies tallies;

    @Override
    public String program() {
        return "matchmaking";
    }

    @Override
    public List<String> counts() {
        return COUNTS;
    }

    @Override
    public Map<String, Number> current(int generation) {
        Map<String, Number> figures = tallies.totals(generation, COUNTS);
        figures.put("matchmaking.profiles",
                figures.get(PROFILES_REGISTERED).longValue() - figures.get(ERASURES).longValue());
        return figures;
    }
}
