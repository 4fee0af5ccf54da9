package io.unionhub.matchmaking.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.unionhub.kit.security.Roles;
import io.unionhub.matchmaking.figures.Tally.Count;

@Path("/api/matchmaking/figures")
@Tag(name = "Figures", description = "The program at a glance")
@RolesAllowed({ Roles.UNION_STAFF, Roles.OPS })
public class FiguresResource {

    /**
     * The program at a glance. Profiles and verified profiles are those there now; the rest count what happened,
     * erasures included (anonymous counts): mixers closed and their attendance ({@code participations}; confirmed
     * sign-ups: {@code signUps}), collective weddings held and the couples at them.
     */
    public record Figures(long profiles, long verifiedProfiles, long mixersHeld, long participations, long signUps,
            long matches, long couples, long marriages, long weddingsHeld, long weddingCouples, long erasures,
            OffsetDateTime asOf) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Tally tally;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "matchmakingFigures", summary = "Mixers held, participations, matches, couples, marriages, "
            + "wedding couples")
    public Figures figures() {
        LocalDate today = LocalDate.now(clock);
        Object[] profiles = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where verification = 'VERIFIED' and verified_until >= :today)
                from profile""").setParameter("today", today).getSingleResult();
        Object[] mixers = (Object[]) entityManager.createNativeQuery("""
                select count(*), coalesce(sum(attended), 0), coalesce(sum(registered), 0)
                from mixer where status = 'CLOSED'""").getSingleResult();
        Object[] weddings = (Object[]) entityManager.createNativeQuery(
                "select count(*), coalesce(sum(couples), 0) from wedding where held_on <= :today")
                .setParameter("today", today).getSingleResult();
        return new Figures(number(profiles[0]), number(profiles[1]), number(mixers[0]), number(mixers[1]),
                number(mixers[2]), tally.of(Count.MATCHES), tally.of(Count.COUPLES), tally.of(Count.MARRIAGES),
                number(weddings[0]), number(weddings[1]), tally.of(Count.ERASURES), OffsetDateTime.now(clock));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
