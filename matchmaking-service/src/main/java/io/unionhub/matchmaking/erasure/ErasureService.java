package io.unionhub.matchmaking.erasure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.couple.CoupleService;
import io.unionhub.matchmaking.figures.Tally;
import io.unionhub.matchmaking.mixer.Mixer;
import io.unionhub.matchmaking.mixer.Registration;
import io.unionhub.matchmaking.mixer.RegistrationService;
import io.unionhub.matchmaking.profile.ProfileEvents;
import io.unionhub.matchmaking.profile.ProfileService;
import io.unionhub.matchmaking.profile.ProfileService;

/**
 * A worker's erasure of their data (PIPL art. 47): every row that holds or points at their profile is deleted in
 * one transaction — profile, consents, registry checks, likes and passes either way, recommendations shown, blocks,
 * reports, matches, introductions, a matchmaker's assignment and notes, mixer wishes, sign-ups and picks, a couple
 * and its wedding place, answers kept for replayed Idempotency-Keys. A standing couple ends first, so the partner
 * may be recommended again. A confirmed seat at a mixer still open gives way to the first waiting, as a cancellation
 * does. The figures keep their anonymous counts ({@link Tally}, a closed mixer's counts); events published before
 * carry ids only, and {@code profile.erased.v1} tells other services to erase what they hold under the id. A closed
 * mixer's sign-ups stay without the profile (venue, gender, attendance): anonymous, they keep its figures true.
 */
@ApplicationScoped
public class ErasureService {

    /** Children first: each statement deletes what points at the profile, the profile last. */
    private static final List<String> DELETIONS = List.of(
            "delete from wedding_registration where couple_id in (select id from couple where first_id = :me or second_id = :me)",
            "delete from couple where first_id = :me or second_id = :me",
            "delete from introduction where first_id = :me or second_id = :me",
            "delete from advice_note where profile_id = :me",
            "delete from matchmaker_assignment where profile_id = :me",
            "delete from mixer_pick where picker_id = :me or picked_id = :me",
            // a closed mixer's sign-ups stay, anonymous: its figures per venue and gender stay true
            "update mixer_registration set profile_id = null where profile_id = :me"
                    + " and mixer_id in (select id from mixer where status = 'CLOSED')",
            "delete from mixer_registration where profile_id = :me",
            "delete from mixer_wish where profile_id = :me",
            "delete from interest where from_id = :me or to_id = :me",
            "delete from recommendation_shown where viewer_id = :me or shown_id = :me",
            "delete from block where blocker_id = :me or blocked_id = :me",
            "delete from report where reporter_id = :me or reported_id = :me",
            "delete from match_pair where first_id = :me or second_id = :me",
            "delete from consent_record where profile_id = :me",
            "delete from registry_check where profile_id = :me",
            "delete from profile where id = :me");

    @Inject
    ProfileService profiles;

    @Inject
    RegistrationService registrations;

    @Inject
    CoupleService couples;

    @Inject
    EntityManager entityManager;

    @Inject
    EventPublisher events;

    @Inject
    Tally tally;

    @Inject
    Clock clock;

    @Transactional
    public void erase(String memberId) {
        UUID id = profiles.mine(memberId).id;
        // a standing couple ends first (the partner may be recommended again, a wedding place not used is given
        // back), both locked as every change of a pair locks them; else my profile alone
        UUID partner = couples.partnerOf(id);
        ProfileService.Pair pair = partner == null ? null : profiles.lockBoth(id, partner);
        if (pair == null) {
            profiles.mineLocked(memberId);
        }
        if (!Objects.equals(partner, couples.partnerOf(id)) || (pair != null && pair.one() == null)) {
            // a couple reported or ended (or this erasure done) while we waited for the locks: the partner's flag
            // would be left behind; the worker tries again
            throw ProblemException.conflict("profile.changed-meanwhile");
        }
        if (pair != null) {
            couples.endBetween(pair);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Registration registration : Registration.<Registration> list("profileId", id)) {
            Mixer mixer = Mixer.findById(registration.mixerId);
            if (mixer.status == Mixer.Status.OPEN && now.isBefore(mixer.startsAt)) {
                registrations.cancel(memberId, mixer.id);
            }
        }
        entityManager.flush();
        entityManager.clear();
        for (String deletion : DELETIONS) {
            entityManager.createNativeQuery(deletion).setParameter("me", id).executeUpdate();
        }
        // answers kept for replayed Idempotency-Keys may show what the worker saw of others, or of themself
        entityManager.createNativeQuery("delete from idempotency_key where caller = :member")
                .setParameter("member", memberId).executeUpdate();
        tally.add(Tally.Count.ERASURES, 1);
        events.publish(ProfileEvents.ERASED, id, new ProfileEvents.Erased(id));
    }
}
