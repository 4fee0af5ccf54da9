package io.unionhub.matchmaking.mixer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.profile.Profile;

/**
 * After a mixer starts, each participant who checked in sees the others of the other gender checked in at their
 * venue and picks the ones they liked (replacing their picks until the close); picks returned become matches when
 * staff close the mixer.
 */
@ApplicationScoped
public class PickService {

    @Inject
    RegistrationService registrations;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * The people I may pick: checked in at my venue, of the other gender, taking part in matching, neither blocking
     * the other.
     */
    public List<Profile> participants(String memberId, UUID mixerId) {
        Registration mine = checkedIn(memberId, mixerId);
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                select r.profile_id from mixer_registration r join profile p on p.id = r.profile_id
                where r.venue_id = :venue and r.gender <> :gender and r.checked_in_at is not null
                  and p.matching_consent
                  and not exists (select 1 from block b where (b.blocker_id = :me and b.blocked_id = r.profile_id)
                                                         or (b.blocker_id = r.profile_id and b.blocked_id = :me))""",
                UUID.class).setParameter("venue", mine.venueId).setParameter("gender", mine.gender.name())
                .setParameter("me", mine.profileId).getResultList();
        return Profile.list("id in ?1", Sort.by("birthYear").and("id"), ids);
    }

    private Registration checkedIn(String memberId, UUID mixerId) {
        Mixer mixer = ProblemException.requireFound(Mixer.findById(mixerId), "mixer", mixerId);
        if (OffsetDateTime.now(clock).isBefore(mixer.startsAt)) {
            throw ProblemException.conflict("mixer.not-started");
        }
        Registration mine = registrations.mine(memberId, mixerId);
        if (mine.checkedInAt == null) {
            throw ProblemException.conflict("mixer.not-checked-in");
        }
        return mine;
    }

    @Transactional
    public List<UUID> pick(String memberId, UUID mixerId, List<UUID> picked) {
        // shared with other picks, exclusive of the close: a pick is in before the close reads them, or refused
        Mixer mixer = ProblemException.requireFound(Mixer.findById(mixerId, LockModeType.PESSIMISTIC_READ), "mixer",
                mixerId);
        Registration mine = checkedIn(memberId, mixerId);
        if (mixer.status == Mixer.Status.CLOSED) {
            throw ProblemException.conflict("mixer.closed");
        }
        for (int i = 0; i < picked.size(); i++) {
            if (Registration.count("venueId = ?1 and profileId = ?2 and gender <> ?3 and checkedInAt is not null",
                    mine.venueId, picked.get(i), mine.gender) == 0 || picked.indexOf(picked.get(i)) != i) {
                throw ProblemException.invalidField("profileIds[" + i + "]", "mixer.pick-not-participant");
            }
        }
        entityManager.createNativeQuery("delete from mixer_pick where mixer_id = :mixer and picker_id = :me")
                .setParameter("mixer", mixerId).setParameter("me", mine.profileId).executeUpdate();
        for (UUID one : picked) {
            entityManager.createNativeQuery(
                    "insert into mixer_pick (mixer_id, picker_id, picked_id) values (:mixer, :me, :picked)")
                    .setParameter("mixer", mixerId).setParameter("me", mine.profileId).setParameter("picked", one)
                    .executeUpdate();
        }
        return picked;
    }

    @SuppressWarnings("unchecked")
    public List<UUID> mine(String memberId, UUID mixerId) {
        Registration mine = registrations.mine(memberId, mixerId);
        return entityManager.createNativeQuery(
                "select picked_id from mixer_pick where mixer_id = :mixer and picker_id = :me order by picked_id",
                UUID.class).setParameter("mixer", mixerId).setParameter("me", mine.profileId).getResultList();
    }
}
