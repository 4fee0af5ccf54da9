package io.unionhub.matchmaking.introduction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.interest.InterestService;
import io.unionhub.matchmaking.interest.Matches;
import io.unionhub.matchmaking.introduction.Introduction.Reply;
import io.unionhub.matchmaking.introduction.Introduction.Status;
import io.unionhub.matchmaking.matchmaker.MatchmakerService;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;

/**
 * One-to-one introductions: a matchmaker proposes two workers assigned to them (a man and a woman, both verified
 * single, consenting to matching, to being shown and to sharing, in no couple, neither blocking the other, not
 * matched already); each accepts or declines; two acceptances make a match (or, if one can no longer be introduced
 * by then, the introduction lapses), one refusal ends it.
 */
@ApplicationScoped
public class IntroductionService {

    @Inject
    MatchmakerService matchmakers;

    @Inject
    ProfileService profiles;

    @Inject
    InterestService interest;

    @Inject
    Matches matches;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    @Transactional
    public Introduction propose(String matchmakerId, UUID oneId, UUID otherId) {
        if (oneId.equals(otherId)) {
            throw ProblemException.invalidField("secondProfileId", "introduction.same-person");
        }
        Profile one = matchmakers.assignedWorker(matchmakerId, oneId);
        Profile other = matchmakers.assignedWorker(matchmakerId, otherId);
        if (one.gender == other.gender || !introducible(matchmakerId, one, other)) {
            throw ProblemException.ruleViolated("introduction.not-introducible");
        }
        UUID first = Matches.lower(oneId, otherId);
        if (Introduction.count("firstId = ?1 and secondId = ?2 and status = ?3", first,
                first.equals(oneId) ? otherId : oneId, Status.PROPOSED) > 0) {
            throw ProblemException.conflict("introduction.open");
        }
        Introduction introduction = new Introduction();
        introduction.id = UUID.randomUUID();
        introduction.matchmakerId = matchmakerId;
        introduction.firstId = first;
        introduction.secondId = first.equals(oneId) ? otherId : oneId;
        introduction.status = Status.PROPOSED;
        introduction.proposedAt = OffsetDateTime.now(clock);
        introduction.persist();
        events.publishForNewAggregate(IntroductionEvents.PROPOSED, introduction.id,
                new IntroductionEvents.Proposed(introduction.id, introduction.firstId, introduction.secondId));
        return introduction;
    }

    /** The worker's answer; both accepting forms the match. */
    @Transactional
    public Introduction answer(String memberId, UUID introductionId, boolean accept) {
        UUID myId = profiles.mine(memberId).id;
        Introduction introduction = Introduction.findById(introductionId);
        if (introduction == null || !introduction.involves(myId)) {
            throw ProblemException.notFound("introduction", introductionId);
        }
        // the two profiles first (as a block takes them), then the introduction, read again under its lock
        ProfileService.Pair pair = profiles.lockBoth(myId, introduction.other(myId));
        if (pair.one() == null || pair.other() == null) {
            // one of them erased meanwhile: the introduction went with them
            throw ProblemException.notFound("introduction", introductionId);
        }
        Introduction.getEntityManager().refresh(introduction, LockModeType.PESSIMISTIC_WRITE);
        Profile me = pair.one();
        Profile other = pair.other();
        if (introduction.status != Status.PROPOSED || introduction.answerOf(me.id) != null) {
            throw ProblemException.conflict("introduction.answered");
        }
        Reply answer = accept ? Reply.ACCEPTED : Reply.DECLINED;
        if (introduction.firstId.equals(me.id)) {
            introduction.firstAnswer = answer;
        } else {
            introduction.secondAnswer = answer;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!accept) {
            introduction.status = Status.DECLINED;
            introduction.decidedAt = now;
        } else if (introduction.firstAnswer == Reply.ACCEPTED && introduction.secondAnswer == Reply.ACCEPTED) {
            // still introducible now: a block, a withdrawn consent, a couple, a lapsed verification or another
            // matchmaker since ends it
            introduction.decidedAt = now;
            if (!introducible(introduction.matchmakerId, me, other)) {
                introduction.status = Status.LAPSED;
                return introduction;
            }
            introduction.status = Status.ACCEPTED;
            UUID match = matches.form(introduction.firstId, introduction.secondId);
            events.publish(IntroductionEvents.ACCEPTED, introduction.id,
                    new IntroductionEvents.Accepted(introduction.id, match));
        }
        return introduction;
    }

    /**
     * Both assigned to the matchmaker and sharing with them, verified single, consenting to matching and to being
     * shown, in no couple, neither blocking the other, never matched.
     */
    private boolean introducible(String matchmakerId, Profile one, Profile other) {
        LocalDate today = LocalDate.now(clock);
        return one.recommendable(today) && other.recommendable(today) && one.sharingConsent && other.sharingConsent
                && matchmakers.assigns(matchmakerId, one.id) && matchmakers.assigns(matchmakerId, other.id)
                && !interest.blockedOrMatched(one.id, other.id);
    }

    /** Introductions proposed to me, open ones first. */
    public List<Introduction> mine(String memberId) {
        Profile me = profiles.mine(memberId);
        return Introduction.list("firstId = ?1 or secondId = ?1",
                Sort.by("status", Sort.Direction.Descending).and("proposedAt", Sort.Direction.Descending).and("id"),
                me.id);
    }

    /** The matchmaker's own introductions, newest first. */
    public List<Introduction> proposedBy(String matchmakerId) {
        return Introduction.list("matchmakerId", Sort.by("proposedAt", Sort.Direction.Descending).and("id"),
                matchmakerId);
    }
}
