package io.unionhub.matchmaking.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.input.ResidentId;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.matchmaking.config.MatchmakingConfig;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileEvents;
import io.unionhub.matchmaking.profile.Verification;
import io.unionhub.matchmaking.verification.RegistryCheck.Outcome;
import io.unionhub.matchmaking.verification.RegistryCheck.Reason;

/**
 * The registry checks: queued when a worker consents to the check (or their identity changes, or an answer grows
 * old), read by the civil-affairs office, answered "single on day D" or "not single". Only that answer and its date
 * are kept; a "single" answer holds for {@code unionhub.matchmaking.verification-valid-months}.
 */
@ApplicationScoped
public class VerificationService {

    /** How far before its queueing an answer's date may lie: the office answers from the registry as it stands. */
    static final int ANSWER_DATE_SLACK_DAYS = 7;

    @Inject
    EventPublisher events;

    @Inject
    MatchmakingConfig config;

    @Inject
    Clock clock;

    /** Queues a check of the (locked) profile; call in its transaction. */
    public void queue(Profile profile, Reason reason) {
        cancelPending(profile);
        RegistryCheck check = new RegistryCheck();
        check.id = UUID.randomUUID();
        check.profileId = profile.id;
        check.reason = reason;
        check.queuedAt = OffsetDateTime.now(clock);
        check.persist();
        profile.verification = Verification.PENDING;
    }

    /** Ends the profile's pending check, if any, unanswered; call in its transaction. */
    public void cancelPending(Profile profile) {
        RegistryCheck pending = RegistryCheck.find("profileId = ?1 and outcome is null", profile.id).firstResult();
        if (pending != null) {
            pending.outcome = Outcome.CANCELLED;
            pending.answeredAt = OffsetDateTime.now(clock);
            RegistryCheck.flush(); // before a new pending check is inserted: one pending check per profile
        }
    }

    /** What the office needs to check: the legal name and the ID number, oldest first. */
    public record PendingCheck(UUID checkId, String legalName, String idNumber, OffsetDateTime queuedAt) {
    }

    /** The queue: in full for the office that checks, masked for union staff who only follow it. */
    public PageOf<PendingCheck> pending(PageParams page, boolean forTheOffice) {
        var checks = RegistryCheck.<RegistryCheck> find("outcome is null", Sort.by("queuedAt").and("id"));
        PageOf<RegistryCheck> onePage = PageOf.of(checks, page, check -> check);
        // the page's profiles in one statement
        Map<UUID, Profile> profiles = onePage.items().isEmpty() ? Map.of()
                : Profile.<Profile> list("id in ?1", onePage.items().stream().map(check -> check.profileId).toList())
                        .stream().collect(Collectors.toMap(profile -> profile.id, profile -> profile));
        return onePage.map(check -> {
            Profile profile = profiles.get(check.profileId);
            return forTheOffice ? new PendingCheck(check.id, profile.legalName, profile.idNumber, check.queuedAt)
                    : new PendingCheck(check.id, profile.legalName.substring(0, 1) + "**",
                            ResidentId.masked(profile.idNumber), check.queuedAt);
        });
    }

    @Transactional
    public RegistryCheck answer(UUID checkId, Outcome outcome, LocalDate singleOn, String answeredBy) {
        // the profile first, then its check: the order every other change of a profile takes them in
        RegistryCheck check = ProblemException.requireFound(RegistryCheck.findById(checkId), "registry check",
                checkId);
        Profile profile = Profile.findById(check.profileId, LockModeType.PESSIMISTIC_WRITE);
        // read again under the lock: two answers at the same moment, the second sees the first's outcome
        RegistryCheck.getEntityManager().refresh(check, LockModeType.PESSIMISTIC_WRITE);
        if (check.outcome != null) {
            // what it was is not said: a NOT_SINGLE is marital status, a CANCELLED a withdrawn consent
            throw ProblemException.conflict("verification.answered");
        }
        LocalDate today = LocalDate.now(clock);
        if (outcome == Outcome.SINGLE) {
            if (singleOn == null) {
                throw ProblemException.missingField("singleOn");
            }
            if (singleOn.isAfter(today)
                    || singleOn.isBefore(check.queuedAt.atZoneSameInstant(config.zone()).toLocalDate()
                            .minusDays(ANSWER_DATE_SLACK_DAYS))) {
                throw ProblemException.invalidField("singleOn", "verification.single-on-range",
                        ANSWER_DATE_SLACK_DAYS);
            }
        } else if (singleOn != null) {
            throw ProblemException.invalidField("singleOn", "verification.single-on-only-for-single");
        }
        check.outcome = outcome;
        check.singleOn = singleOn;
        check.answeredAt = OffsetDateTime.now(clock);
        check.answeredBy = answeredBy;
        if (outcome == Outcome.SINGLE) {
            profile.verification = Verification.VERIFIED;
            profile.verifiedUntil = singleOn.plusMonths(config.verificationValidMonths());
            events.publish(ProfileEvents.VERIFIED, profile.id,
                    new ProfileEvents.Verified(profile.id, profile.verifiedUntil));
        } else {
            // marital status: never in an event
            profile.verification = Verification.NOT_ELIGIBLE;
            profile.verifiedUntil = null;
        }
        return check;
    }

    /** How long after a NOT_SINGLE answer a worker may ask for the registry to be checked again. */
    static final int RECHECK_AFTER_DAYS = 30;

    /**
     * A worker found not single asks to be checked again (a divorce, a death registered since): once the answer is
     * {@value #RECHECK_AFTER_DAYS} days old and while they consent to the check.
     */
    @Transactional
    public Profile requestRecheck(Profile profile) {
        Profile locked = Profile.findById(profile.id, LockModeType.PESSIMISTIC_WRITE);
        if (locked.verification != Verification.NOT_ELIGIBLE || !locked.registryConsent) {
            throw ProblemException.conflict("verification.recheck-not-for-you");
        }
        RegistryCheck last = RegistryCheck.find("profileId = ?1 and outcome = ?2", Sort.by("answeredAt").descending(),
                locked.id, Outcome.NOT_SINGLE).firstResult();
        LocalDate due = last.answeredAt.atZoneSameInstant(config.zone()).toLocalDate().plusDays(RECHECK_AFTER_DAYS);
        if (LocalDate.now(clock).isBefore(due)) {
            throw ProblemException.conflict("verification.recheck-not-yet", due.toString());
        }
        queue(locked, Reason.RECHECK);
        return locked;
    }

    /** Marks verifications past their day expired and queues their re-check where the consent stands. */
    @Transactional
    public int expire() {
        // in id order, as a pair change locks two profiles: no deadlock with a like or a block
        List<Profile> expired = Profile.<Profile> find("verification = ?1 and verifiedUntil < ?2",
                Sort.by("id"), Verification.VERIFIED, LocalDate.now(clock))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Profile profile : expired) {
            profile.verification = Verification.EXPIRED;
            if (profile.registryConsent) {
                queue(profile, Reason.RECHECK);
            }
        }
        return expired.size();
    }
}
