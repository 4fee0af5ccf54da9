package io.unionhub.matchmaking.couple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.figures.Tally;
import io.unionhub.matchmaking.interest.InterestService;
import io.unionhub.matchmaking.interest.InterestService.MyMatch;
import io.unionhub.matchmaking.interest.Matches;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;

/**
 * Couples, marriages and collective weddings. Either of a standing match reports it as a couple (the two are then
 * recommended to nobody), then as married on a day between the match and today; a married couple takes a place at
 * one collective wedding after their marriage, while there is room (the wedding's row is locked while a place is
 * taken). A couple ends when either says they separated or blocks the other, or erases their data: both may be
 * recommended again, and a place at a wedding not yet held is given back.
 */
@ApplicationScoped
public class CoupleService {

    @Inject
    ProfileService profiles;

    @Inject
    InterestService interest;

    @Inject
    EventPublisher events;

    @Inject
    Tally tally;

    @Inject
    Clock clock;

    @Transactional
    public Couple report(String memberId, UUID matchId) {
        MyMatch match = interest.matches(memberId).stream().filter(m -> m.matchId().equals(matchId)).findFirst()
                .orElseThrow(() -> ProblemException.unknownReference("matchId", "match", matchId));
        ProfileService.Pair pair = profiles.lockBoth(profiles.mine(memberId).id, match.other().id);
        // again under the locks: a block (which ends the match) or a withdrawn consent may have come meanwhile
        if (!interest.stands(matchId, pair.one(), pair.other())) {
            throw ProblemException.unknownReference("matchId", "match", matchId);
        }
        if (Couple.count("matchId", matchId) > 0) {
            throw ProblemException.conflict("couple.reported");
        }
        if (pair.one().coupled || pair.other().coupled) {
            throw ProblemException.conflict("couple.already-a-couple");
        }
        pair.one().coupled = true;
        pair.other().coupled = true;
        Couple couple = new Couple();
        couple.id = UUID.randomUUID();
        couple.matchId = matchId;
        couple.firstId = Matches.lower(pair.one().id, pair.other().id);
        couple.secondId = couple.firstId.equals(pair.one().id) ? pair.other().id : pair.one().id;
        couple.reportedAt = OffsetDateTime.now(clock);
        couple.persist();
        tally.add(Tally.Count.COUPLES, 1);
        // the couple's id only: with the match's id an event reader could tell who married
        events.publishForNewAggregate(CoupleEvents.REPORTED, couple.id, new CoupleEvents.Reported(couple.id));
        return couple;
    }

    /** My couple: a 404 for anyone else's. */
    public Couple mine(String memberId, UUID coupleId) {
        Profile me = profiles.mine(memberId);
        Couple couple = Couple.findById(coupleId, LockModeType.PESSIMISTIC_WRITE);
        if (couple == null || !couple.involves(me.id)) {
            throw ProblemException.notFound("couple", coupleId);
        }
        return couple;
    }

    public List<Couple> mine(String memberId) {
        Profile me = profiles.mine(memberId);
        return Couple.list("firstId = ?1 or secondId = ?1", Sort.by("reportedAt").and("id"), me.id);
    }

    @Transactional
    public Couple married(String memberId, UUID coupleId, LocalDate marriedOn) {
        Couple couple = standing(mine(memberId, coupleId));
        if (couple.marriedOn != null) {
            throw ProblemException.conflict("couple.married");
        }
        LocalDate matched = interest.formedOn(couple.matchId);
        if (marriedOn.isAfter(LocalDate.now(clock)) || marriedOn.isBefore(matched)) {
            throw ProblemException.invalidField("marriedOn", "couple.married-on-range", matched.toString());
        }
        couple.marriedOn = marriedOn;
        couple.marriageReportedAt = OffsetDateTime.now(clock);
        tally.add(Tally.Count.MARRIAGES, 1);
        events.publish(CoupleEvents.MARRIED, couple.id, new CoupleEvents.Married(couple.id, marriedOn));
        return couple;
    }

    private static Couple standing(Couple couple) {
        if (couple.endedAt != null) {
            throw ProblemException.conflict("couple.ended");
        }
        return couple;
    }

    /** We separated: the couple ends (both may be recommended again); a wedding place not yet used is given back. */
    @Transactional
    public Couple end(String memberId, UUID coupleId) {
        UUID me = profiles.mine(memberId).id;
        Couple couple = Couple.findById(coupleId);
        if (couple == null || !couple.involves(me)) {
            throw ProblemException.notFound("couple", coupleId);
        }
        // the two profiles first, then the couple, then a wedding: the order a block and an erasure take them in
        ProfileService.Pair pair = profiles.lockBoth(couple.firstId, couple.secondId);
        if (pair.one() == null || pair.other() == null) {
            // one of them erased meanwhile: the couple went with them
            throw ProblemException.notFound("couple", coupleId);
        }
        Couple.getEntityManager().refresh(couple, LockModeType.PESSIMISTIC_WRITE);
        end(standing(couple), pair);
        return couple;
    }

    /** The other of my standing couple, if I am in one (read as it is now, not as this transaction holds it). */
    @SuppressWarnings("unchecked")
    public UUID partnerOf(UUID profileId) {
        List<Object[]> rows = Couple.getEntityManager().createNativeQuery("""
                select first_id, second_id from couple
                where (first_id = :me or second_id = :me) and ended_at is null""").setParameter("me", profileId)
                .getResultList();
        return rows.stream().findFirst().map(r -> (UUID) (r[0].equals(profileId) ? r[1] : r[0])).orElse(null);
    }

    /** Ends the two's couple, if they are one; they are locked by the caller. */
    public void endBetween(ProfileService.Pair pair) {
        Couple couple = Couple.<Couple> find("firstId in ?1 and secondId in ?1 and endedAt is null",
                List.of(pair.one().id, pair.other().id)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (couple != null) {
            end(couple, pair);
        }
    }

    private void end(Couple couple, ProfileService.Pair pair) {
        couple.endedAt = OffsetDateTime.now(clock);
        pair.one().coupled = false;
        pair.other().coupled = false;
        giveBackWeddingPlace(couple.id);
    }

    /** A place at a wedding not yet held is given back; at one held, the couple's place stays counted. */
    public void giveBackWeddingPlace(UUID coupleId) {
        WeddingRegistration registration = WeddingRegistration.findById(coupleId);
        if (registration == null) {
            return;
        }
        Wedding wedding = Wedding.findById(registration.weddingId, LockModeType.PESSIMISTIC_WRITE);
        if (wedding.heldOn.isAfter(LocalDate.now(clock))) {
            wedding.couples--;
            registration.delete();
        }
    }

    @Transactional
    public Wedding plan(String title, LocalDate heldOn, String venue, int capacity) {
        if (!heldOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("heldOn", "couple.wedding-in-future");
        }
        Wedding wedding = new Wedding();
        wedding.id = UUID.randomUUID();
        wedding.title = title;
        wedding.heldOn = heldOn;
        wedding.venue = venue;
        wedding.capacity = capacity;
        wedding.createdAt = OffsetDateTime.now(clock);
        wedding.persist();
        return wedding;
    }

    public PanacheQuery<Wedding> weddings() {
        return Wedding.findAll(Sort.by("heldOn", Sort.Direction.Descending).and("id"));
    }

    @Transactional
    public WeddingRegistration register(String memberId, UUID weddingId, UUID coupleId) {
        Profile me = profiles.mine(memberId);
        // the couple, then the wedding: the order an ending couple gives its place back in
        Couple couple = Couple.findById(coupleId, LockModeType.PESSIMISTIC_WRITE);
        Wedding wedding = ProblemException.requireFound(Wedding.findById(weddingId, LockModeType.PESSIMISTIC_WRITE),
                "wedding", weddingId);
        if (couple == null || !couple.involves(me.id)) {
            throw ProblemException.unknownReference("coupleId", "couple", coupleId);
        }
        standing(couple);
        if (!wedding.heldOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.conflict("couple.wedding-past");
        }
        if (couple.marriedOn == null) {
            throw ProblemException.ruleViolated("couple.not-married");
        }
        if (WeddingRegistration.findById(coupleId) != null) {
            throw ProblemException.conflict("couple.wedding-registered");
        }
        if (wedding.couples >= wedding.capacity) {
            throw ProblemException.conflict("couple.wedding-full");
        }
        WeddingRegistration registration = new WeddingRegistration();
        registration.coupleId = coupleId;
        registration.weddingId = weddingId;
        registration.registeredAt = OffsetDateTime.now(clock);
        registration.persist();
        wedding.couples++;
        events.publish(CoupleEvents.WEDDING_REGISTERED, couple.id,
                new CoupleEvents.WeddingRegistered(couple.id, weddingId, wedding.heldOn));
        return registration;
    }
}
