package io.unionhub.matchmaking.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileEvents;
import io.unionhub.matchmaking.profile.ProfileService;
import io.unionhub.matchmaking.profile.Verification;
import io.unionhub.matchmaking.verification.RegistryCheck.Reason;
import io.unionhub.matchmaking.verification.VerificationService;

/**
 * Consents, each given and withdrawn on its own and recorded with its time. Giving one already given, or withdrawing
 * one not given, changes nothing. The registry check is queued when its consent is given (to a profile not verified)
 * and cancelled when it is withdrawn; withdrawing the consent to matching hides the profile at once.
 */
@ApplicationScoped
public class ConsentService {

    @Inject
    ProfileService profiles;

    @Inject
    VerificationService verifications;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    @Transactional
    public Profile give(String memberId, Purpose purpose) {
        Profile profile = profiles.mineLocked(memberId);
        if (profile.consents(purpose)) {
            return profile;
        }
        record(profile, purpose, true);
        if (purpose == Purpose.REGISTRY_CHECK && (profile.verification == Verification.UNVERIFIED
                || profile.verification == Verification.EXPIRED)) {
            verifications.queue(profile, profile.verification == Verification.EXPIRED ? Reason.RECHECK
                    : Reason.FIRST);
        }
        events.publish(ConsentEvents.GIVEN, profile.id, new ConsentEvents.ConsentChanged(profile.id, purpose));
        return profile;
    }

    @Transactional
    public Profile withdraw(String memberId, Purpose purpose) {
        Profile profile = profiles.mineLocked(memberId);
        if (!profile.consents(purpose)) {
            return profile;
        }
        record(profile, purpose, false);
        if (purpose == Purpose.REGISTRY_CHECK && profile.verification == Verification.PENDING) {
            verifications.cancelPending(profile);
            profile.verification = Verification.UNVERIFIED;
        }
        events.publish(ConsentEvents.WITHDRAWN, profile.id, new ConsentEvents.ConsentChanged(profile.id, purpose));
        if (purpose == Purpose.MATCHING) {
            events.publish(ProfileEvents.WITHDRAWN, profile.id, new ProfileEvents.Withdrawn(profile.id));
        }
        return profile;
    }

    private void record(Profile profile, Purpose purpose, boolean given) {
        profile.setConsent(purpose, given);
        ConsentRecord record = new ConsentRecord();
        record.id = UUID.randomUUID();
        record.profileId = profile.id;
        record.purpose = purpose;
        record.given = given;
        record.at = OffsetDateTime.now(clock);
        record.persist();
    }

    /** Every consent given or withdrawn, oldest first. */
    public List<ConsentRecord> history(String memberId) {
        Profile profile = profiles.mine(memberId);
        return ConsentRecord.list("profileId", Sort.by("at").and("id"), profile.id);
    }
}
