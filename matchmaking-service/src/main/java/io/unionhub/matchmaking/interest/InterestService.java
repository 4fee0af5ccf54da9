package io.unionhub.matchmaking.interest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.couple.CoupleService;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;
import io.unionhub.matchmaking.profile.Verification;

/**
 * Likes and passes, one per pair and direction; a like answered by a like is a match, and only then do the two see
 * each other's contact. Both profiles are locked (in id order) while a like is decided, so two likes at the same
 * moment still make their match. A block ends a match and hides the two from each other for good.
 */
@ApplicationScoped
public class InterestService {

    /** A like or a pass. */
    public enum Decision {
        LIKE,
        PASS
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ProfileService profiles;

    @Inject
    Matches matches;

    @Inject
    CoupleService couples;

    @Inject
    Clock clock;

    /** Answers the match formed, if the like made one. */
    @Transactional
    public UUID decide(String memberId, UUID targetId, Decision decision) {
        Profile me = profiles.mine(memberId);
        if (me.id.equals(targetId)) {
            throw ProblemException.invalidField("profileId", "interest.yourself");
        }
        ProfileService.Pair pair = profiles.lockBoth(me.id, targetId);
        Profile mine = pair.one();
        Profile target = pair.other();
        if (!mine.recommendable(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("recommendation.not-recommendable");
        }
        if (target == null || !target.recommendable(LocalDate.now(clock)) || target.gender == me.gender || blocked(me.id, targetId)) {
            // nobody learns whether a hidden profile exists
            throw ProblemException.notFound("profile", targetId);
        }
        int recorded = entityManager.createNativeQuery("""
                insert into interest (from_id, to_id, decision, decided_at) values (:from, :to, :decision, :at)
                on conflict do nothing""").setParameter("from", me.id).setParameter("to", targetId)
                .setParameter("decision", decision.name()).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        if (recorded == 0) {
            throw ProblemException.conflict("interest.decided");
        }
        if (decision == Decision.PASS || !likes(targetId, me.id)) {
            return null;
        }
        return matches.form(me.id, targetId);
    }

    private boolean likes(UUID from, UUID to) {
        return !entityManager.createNativeQuery(
                "select 1 from interest where from_id = :from and to_id = :to and decision = 'LIKE'")
                .setParameter("from", from).setParameter("to", to).getResultList().isEmpty();
    }

    /** Whether either blocked the other. */
    public boolean blocked(UUID one, UUID other) {
        return !entityManager.createNativeQuery("""
                select 1 from block where (blocker_id = :one and blocked_id = :other)
                                      or (blocker_id = :other and blocked_id = :one)""")
                .setParameter("one", one).setParameter("other", other).getResultList().isEmpty();
    }

    /** Whether either blocked the other, or the two were matched already (the match standing or ended). */
    public boolean blockedOrMatched(UUID one, UUID other) {
        return blocked(one, other) || MatchPair.count("firstId = ?1 and secondId = ?2", Matches.lower(one, other),
                Matches.lower(one, other).equals(one) ? other : one) > 0;
    }

    /** The day a match was formed, in the federation's zone. */
    public LocalDate formedOn(UUID matchId) {
        MatchPair match = MatchPair.findById(matchId);
        return match.formedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    /**
     * Whether the match still stands for the two (locked by the caller): not ended, neither blocking the other, both
     * consenting to matching and neither found not single — what {@link #matches} shows.
     */
    public boolean stands(UUID matchId, Profile one, Profile other) {
        return MatchPair.count("id = ?1 and endedAt is null", matchId) > 0 && !blocked(one.id, other.id)
                && one.matchingConsent && other.matchingConsent && one.verification != Verification.NOT_ELIGIBLE
                && other.verification != Verification.NOT_ELIGIBLE;
    }

    /** A match of mine that stands, and the other person in it. */
    public record MyMatch(UUID matchId, Profile other, OffsetDateTime formedAt) {
    }

    public List<MyMatch> matches(String memberId) {
        Profile me = profiles.mine(memberId);
        List<MyMatch> matches = new ArrayList<>();
        for (MatchPair match : MatchPair.<MatchPair> list("endedAt is null and (firstId = ?1 or secondId = ?1)",
                Sort.by("formedAt", Sort.Direction.Descending).and("id"), me.id)) {
            Profile other = Profile.findById(match.firstId.equals(me.id) ? match.secondId : match.firstId);
            // a match stands for the two while both consent to matching and neither was found not single
            if (other.matchingConsent && me.matchingConsent && other.verification != Verification.NOT_ELIGIBLE
                    && me.verification != Verification.NOT_ELIGIBLE) {
                matches.add(new MyMatch(match.id, other, match.formedAt));
            }
        }
        return matches;
    }

    /** Blocks the other (idempotent): ends a match and a couple between them and hides each from the other. */
    @Transactional
    public void block(String memberId, UUID otherId) {
        Profile me = profiles.mine(memberId);
        if (me.id.equals(otherId)) {
            throw ProblemException.invalidField("profileId", "interest.yourself");
        }
        // both locked as a like locks them: a like deciding at the same moment sees the block, or its match is
        // there to be ended
        ProfileService.Pair pair = profiles.lockBoth(me.id, otherId);
        ProblemException.requireFound(pair.other(), "profile", otherId);
        couples.endBetween(pair);
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("""
                insert into block (blocker_id, blocked_id, blocked_at) values (:me, :other, :at) on conflict do nothing""")
                .setParameter("me", me.id).setParameter("other", otherId).setParameter("at", now).executeUpdate();
        entityManager.createNativeQuery("""
                update match_pair set ended_at = :at where ended_at is null
                and first_id = least(cast(:me as uuid), cast(:other as uuid))
                and second_id = greatest(cast(:me as uuid), cast(:other as uuid))""")
                .setParameter("me", me.id).setParameter("other", otherId).setParameter("at", now).executeUpdate();
    }

    @Transactional
    public Report report(String memberId, UUID otherId, String reason) {
        Profile me = profiles.mine(memberId);
        if (me.id.equals(otherId)) {
            throw ProblemException.invalidField("profileId", "interest.yourself");
        }
        ProblemException.requireFound(Profile.findById(otherId), "profile", otherId);
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.reporterId = me.id;
        report.reportedId = otherId;
        report.reason = reason;
        report.reportedAt = OffsetDateTime.now(clock);
        report.persist();
        return report;
    }
}
