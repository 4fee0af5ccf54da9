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
 * one collective wedding on or after their marriage, while there is room (the wedding's row is locked while a place
 * is taken).
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
        if (Couple.count("matchId", matchId) > 0) {
            throw ProblemException.conflict("couple.reported");
        }
        // both locked in the order a like locks them
        UUID otherId = match.other().id;
        UUID myId = profiles.mine(memberId).id;
        UUID first = Matches.lower(otherId, myId);
        Profile lockedFirst = Profile.findById(first, LockModeType.PESSIMISTIC_WRITE);
        Profile lockedSecond = Profile.findById(first.equals(otherId) ? myId : otherId,
                LockModeType.PESSIMISTIC_WRITE);
        Profile me = first.equals(otherId) ? lockedSecond : lockedFirst;
        Profile other = first.equals(otherId) ? lockedFirst : lockedSecond;
        if (me.coupled || other.coupled) {
            throw ProblemException.conflict("couple.already-a-couple");
        }
        me.coupled = true;
        other.coupled = true;
        Couple couple = new Couple();
        couple.id = UUID.randomUUID();
        couple.matchId = matchId;
        couple.firstId = lockedFirst.id;
        couple.secondId = lockedSecond.id;
        couple.reportedAt = OffsetDateTime.now(clock);
        couple.persist();
        tally.add(Tally.Count.COUPLES, 1);
        events.publishForNewAggregate(CoupleEvents.REPORTED, couple.id, new CoupleEvents.Reported(couple.id, matchId));
        return couple;
    }

    /** My couple: a 404 for anyone else's. */
    public Couple mine(String memberId, UUID coupleId, boolean lock) {
        Profile me = profiles.mine(memberId);
        Couple couple = lock ? Couple.findById(coupleId, LockModeType.PESSIMISTIC_WRITE) : Couple.findById(coupleId);
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
        Couple couple = mine(memberId, coupleId, true);
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

    public Wedding wedding(UUID weddingId) {
        return ProblemException.requireFound(Wedding.findById(weddingId), "wedding", weddingId);
    }

    public long couplesAt(UUID weddingId) {
        return WeddingRegistration.count("weddingId", weddingId);
    }

    @Transactional
    public WeddingRegistration register(String memberId, UUID weddingId, UUID coupleId) {
        Wedding wedding = ProblemException.requireFound(Wedding.findById(weddingId, LockModeType.PESSIMISTIC_WRITE),
                "wedding", weddingId);
        Couple couple = mine(memberId, coupleId, true);
        if (!wedding.heldOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.conflict("couple.wedding-past");
        }
        if (couple.marriedOn == null || couple.marriedOn.isAfter(wedding.heldOn)) {
            throw ProblemException.ruleViolated("couple.not-married");
        }
        if (WeddingRegistration.findById(coupleId) != null) {
            throw ProblemException.conflict("couple.wedding-registered");
        }
        if (couplesAt(weddingId) >= wedding.capacity) {
            throw ProblemException.conflict("couple.wedding-full");
        }
        WeddingRegistration registration = new WeddingRegistration();
        registration.coupleId = coupleId;
        registration.weddingId = weddingId;
        registration.registeredAt = OffsetDateTime.now(clock);
        registration.persist();
        tally.add(Tally.Count.WEDDING_COUPLES, 1);
        events.publish(CoupleEvents.WEDDING_REGISTERED, couple.id,
                new CoupleEvents.WeddingRegistered(couple.id, weddingId, wedding.heldOn));
        return registration;
    }
}
