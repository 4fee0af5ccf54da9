package io.unionhub.matchmaking.matchmaker;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.profile.Profile;

/**
 * The matchmakers' roster and who is assigned to whom. A matchmaker sees a worker only while the worker is assigned
 * to them and consents to sharing with a matchmaker: withdrawing the consent hides them at once, giving it again
 * shows them again to the same matchmaker.
 */
@ApplicationScoped
public class MatchmakerService {

    @Inject
    Clock clock;

    /** Registers or updates a matchmaker; answers whether they were new. */
    @Transactional
    public boolean register(String memberId, String displayName, String district) {
        Matchmaker matchmaker = Matchmaker.findById(memberId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = matchmaker == null;
        if (created) {
            matchmaker = new Matchmaker();
            matchmaker.memberId = memberId;
            matchmaker.registeredAt = OffsetDateTime.now(clock);
        }
        matchmaker.displayName = displayName;
        matchmaker.district = district;
        matchmaker.retiredAt = null;
        matchmaker.persist();
        return created;
    }

    /** Retires a matchmaker: their workers go back to the unassigned, their notes stay with them unread. */
    @Transactional
    public void retire(String memberId) {
        Matchmaker matchmaker = ProblemException.requireFound(Matchmaker.findById(memberId), "matchmaker", memberId);
        if (matchmaker.retiredAt == null) {
            matchmaker.retiredAt = OffsetDateTime.now(clock);
            Assignment.delete("matchmakerId", memberId);
        }
    }

    public PanacheQuery<Matchmaker> roster() {
        return Matchmaker.find("retiredAt is null", Sort.by("district").and("memberId"));
    }

    /** Workers who consent to sharing and have no matchmaker yet, longest waiting first. */
    public PanacheQuery<Profile> unassigned() {
        return Profile.find("sharingConsent = true and id not in (select a.profileId from Assignment a)",
                Sort.by("updatedAt").and("id"));
    }

    @Transactional
    public Assignment assign(String matchmakerId, UUID profileId) {
        Matchmaker matchmaker = Matchmaker.findById(matchmakerId);
        if (matchmaker == null || matchmaker.retiredAt != null) {
            throw ProblemException.notFound("matchmaker", matchmakerId);
        }
        Profile profile = ProblemException.requireFound(Profile.findById(profileId, LockModeType.PESSIMISTIC_WRITE),
                "profile", profileId);
        if (!profile.sharingConsent) {
            throw ProblemException.ruleViolated("matchmaker.no-sharing-consent");
        }
        Assignment assignment = Assignment.findById(profileId);
        if (assignment == null) {
            assignment = new Assignment();
            assignment.profileId = profileId;
        }
        assignment.matchmakerId = matchmakerId;
        assignment.assignedAt = OffsetDateTime.now(clock);
        assignment.persist();
        return assignment;
    }

    /** The worker, if assigned to this matchmaker and consenting to sharing; else a 404 (nothing said about them). */
    public Profile assignedWorker(String matchmakerId, UUID profileId) {
        Assignment assignment = Assignment.findById(profileId);
        Profile profile = assignment == null || !assignment.matchmakerId.equals(matchmakerId) ? null
                : Profile.findById(profileId);
        if (profile == null || !profile.sharingConsent) {
            throw ProblemException.notFound("profile", profileId);
        }
        return profile;
    }

    /** Whether the worker is assigned to the matchmaker now. */
    public boolean assigns(String matchmakerId, UUID profileId) {
        return Assignment.count("profileId = ?1 and matchmakerId = ?2", profileId, matchmakerId) > 0;
    }

    public PanacheQuery<Profile> assignedWorkers(String matchmakerId) {
        return Profile.find("sharingConsent = true and id in (select a.profileId from Assignment a"
                + " where a.matchmakerId = ?1)", Sort.by("birthYear").and("id"), matchmakerId);
    }

    @Transactional
    public AdviceNote note(String matchmakerId, UUID profileId, String text) {
        assignedWorker(matchmakerId, profileId);
        AdviceNote note = new AdviceNote();
        note.id = UUID.randomUUID();
        note.profileId = profileId;
        note.matchmakerId = matchmakerId;
        note.text = text;
        note.writtenAt = OffsetDateTime.now(clock);
        note.persist();
        return note;
    }

    /** The matchmaker's own notes about the worker, newest first (a predecessor's are not theirs to read). */
    public List<AdviceNote> notes(String matchmakerId, UUID profileId) {
        assignedWorker(matchmakerId, profileId);
        return AdviceNote.list("profileId = ?1 and matchmakerId = ?2",
                Sort.by("writtenAt", Sort.Direction.Descending).and("id"), profileId, matchmakerId);
    }
}
