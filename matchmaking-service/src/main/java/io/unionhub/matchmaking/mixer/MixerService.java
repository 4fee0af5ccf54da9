package io.unionhub.matchmaking.mixer;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.interest.Matches;

/**
 * Mixers: published by union staff with their venues and seats per gender, closed once they end. Closing forms
 * every pair whose picks were mutual as a match (unless the two were matched before, one blocked the other, or one
 * is no longer available: verified single, taking part in matching, in no couple) and keeps the mixer's anonymous
 * counts.
 */
@ApplicationScoped
public class MixerService {

    /** A mixer lasts at most a week (a trip of several days, the "love train"). */
    static final Duration LONGEST = Duration.ofDays(7);

    @Inject
    EntityManager entityManager;

    @Inject
    Matches matches;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    public record VenuePlan(String name, String district, boolean main, int maleSeats, int femaleSeats) {
    }

    public record Plan(String title, Theme theme, OffsetDateTime startsAt, OffsetDateTime endsAt,
            List<VenuePlan> venues) {
    }

    @Transactional
    public Mixer publish(Plan plan) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!plan.startsAt().isAfter(now)) {
            throw ProblemException.invalidField("startsAt", "mixer.starts-in-future");
        }
        if (!plan.endsAt().isAfter(plan.startsAt())
                || plan.endsAt().isAfter(plan.startsAt().plus(LONGEST))) {
            throw ProblemException.invalidField("endsAt", "mixer.ends-within-week");
        }
        if (plan.venues().stream().filter(VenuePlan::main).count() != 1) {
            throw ProblemException.invalidField("venues", "mixer.one-main-venue");
        }
        Mixer mixer = new Mixer();
        mixer.id = UUID.randomUUID();
        mixer.title = plan.title();
        mixer.theme = plan.theme();
        // to the second: what is stored (microseconds) is what a later read shows
        mixer.startsAt = plan.startsAt().truncatedTo(ChronoUnit.SECONDS);
        mixer.endsAt = plan.endsAt().truncatedTo(ChronoUnit.SECONDS);
        mixer.status = Mixer.Status.OPEN;
        mixer.publishedAt = now;
        mixer.persist();
        List<MixerEvents.PublishedVenue> published = new ArrayList<>();
        for (VenuePlan plannedVenue : plan.venues()) {
            Venue venue = new Venue();
            venue.id = UUID.randomUUID();
            venue.mixerId = mixer.id;
            venue.name = plannedVenue.name();
            venue.district = plannedVenue.district();
            venue.main = plannedVenue.main();
            venue.maleSeats = plannedVenue.maleSeats();
            venue.femaleSeats = plannedVenue.femaleSeats();
            venue.persist();
            published.add(new MixerEvents.PublishedVenue(venue.id, venue.district, venue.main,
                    venue.maleSeats + venue.femaleSeats));
        }
        events.publishForNewAggregate(MixerEvents.PUBLISHED, mixer.id, new MixerEvents.Published(mixer.id,
                mixer.theme, mixer.startsAt, mixer.endsAt, published));
        return mixer;
    }

    public PanacheQuery<Mixer> list(Mixer.Status status) {
        return status == null ? Mixer.findAll(Sort.by("startsAt", Sort.Direction.Descending).and("id"))
                : Mixer.find("status", Sort.by("startsAt", Sort.Direction.Descending).and("id"), status);
    }

    public Mixer get(UUID mixerId) {
        return ProblemException.requireFound(Mixer.findById(mixerId), "mixer", mixerId);
    }

    public List<Venue> venues(UUID mixerId) {
        return Venue.list("mixerId", Sort.by("main", Sort.Direction.Descending).and("name").and("id"), mixerId);
    }

    /** Per venue, gender and status: how many registrations, and how many of them checked in. */
    public record Count(UUID venueId, String gender, String status, int registrations, int checkedIn) {
    }

    public List<Count> counts(UUID mixerId) {
        List<Count> counts = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("""
                select venue_id, gender, status, count(*), count(checked_in_at) from mixer_registration
                where mixer_id = :mixer group by venue_id, gender, status""").setParameter("mixer", mixerId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new Count((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue()));
        }
        return counts;
    }

    /** Picks made, and the pairs they make (formed as matches at the close). */
    public record PickCounts(int picks, int mutualPairs) {
    }

    /** Picks made and returned: counted from the picks while the mixer is open, as kept at its close after. */
    public PickCounts picks(Mixer mixer) {
        return mixer.status == Mixer.Status.CLOSED ? new PickCounts(mixer.picks, mixer.mutualPicks) : picks(mixer.id);
    }

    private PickCounts picks(UUID mixerId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where a.picker_id < a.picked_id and exists (
                    select 1 from mixer_pick b where b.mixer_id = a.mixer_id and b.picker_id = a.picked_id
                                                 and b.picked_id = a.picker_id))
                from mixer_pick a where a.mixer_id = :mixer""").setParameter("mixer", mixerId).getSingleResult();
        return new PickCounts(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    @Transactional
    public Mixer close(UUID mixerId) {
        Mixer mixer = ProblemException.requireFound(Mixer.findById(mixerId, LockModeType.PESSIMISTIC_WRITE),
                "mixer", mixerId);
        if (mixer.status == Mixer.Status.CLOSED) {
            throw ProblemException.conflict("mixer.closed");
        }
        if (OffsetDateTime.now(clock).isBefore(mixer.endsAt)) {
            throw ProblemException.conflict("mixer.not-ended");
        }
        // every picker locked (in id order, as a pair change locks two profiles): a block or a withdrawn consent
        // committed meanwhile is seen by the statement below, one coming later finds the match to end
        entityManager.createNativeQuery("""
                select id from profile where id in (select picker_id from mixer_pick where mixer_id = :mixer)
                order by id for no key update""").setParameter("mixer", mixerId).getResultList();
        // the pairs whose picks were mutual, both still single as verified, taking part in matching and in no
        // couple, neither blocking the other and not matched before: one statement for a 1,200-person mixer
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = entityManager.createNativeQuery("""
                select a.picker_id, a.picked_id from mixer_pick a
                join mixer_pick b on b.mixer_id = a.mixer_id and b.picker_id = a.picked_id and b.picked_id = a.picker_id
                join profile p on p.id = a.picker_id join profile q on q.id = a.picked_id
                where a.mixer_id = :mixer and a.picker_id < a.picked_id
                  and p.matching_consent and q.matching_consent and not p.coupled and not q.coupled
                  and p.verification = 'VERIFIED' and q.verification = 'VERIFIED'
                  and p.verified_until >= :today and q.verified_until >= :today
                  and not exists (select 1 from block k where (k.blocker_id = a.picker_id and k.blocked_id = a.picked_id)
                                                         or (k.blocker_id = a.picked_id and k.blocked_id = a.picker_id))
                  and not exists (select 1 from match_pair m where m.first_id = a.picker_id and m.second_id = a.picked_id)
                order by a.picker_id, a.picked_id""").setParameter("mixer", mixerId)
                .setParameter("today", LocalDate.now(clock)).getResultList();
        int formed = matches.formAll(pairs);
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                select count(*) filter (where status = 'CONFIRMED'), count(checked_in_at)
                from mixer_registration where mixer_id = :mixer""").setParameter("mixer", mixerId).getSingleResult();
        mixer.status = Mixer.Status.CLOSED;
        mixer.closedAt = OffsetDateTime.now(clock);
        mixer.registered = ((Number) counts[0]).intValue();
        mixer.attended = ((Number) counts[1]).intValue();
        PickCounts picks = picks(mixerId);
        mixer.picks = picks.picks();
        mixer.mutualPicks = picks.mutualPairs();
        mixer.pairs = formed;
        events.publish(MixerEvents.CLOSED, mixer.id,
                new MixerEvents.Closed(mixer.id, mixer.registered, mixer.attended, mixer.pairs));
        return mixer;
    }
}
