package io.unionhub.matchmaking.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.unionhub.kit.crypto.Fingerprint;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.input.ResidentId;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.interest.Matches;
import io.unionhub.matchmaking.verification.RegistryCheck.Reason;
import io.unionhub.matchmaking.verification.VerificationService;

/**
 * A worker's own profile: created or replaced by them. Their identity (legal name, ID number) must agree with the
 * birth year they give, and they must be of the legal age of marriage. A changed identity voids the registry answer:
 * a new check is queued if they consent to it.
 */
@ApplicationScoped
public class ProfileService {

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    VerificationService verifications;

    @Inject
    Clock clock;

    public record Details(Gender gender, int birthYear, String district, Education education, Integer heightCm,
            String occupation, String selfText, List<String> interests, String contact, String legalName,
            String idNumber, int prefAgeMin, int prefAgeMax, List<String> prefDistricts,
            Education prefEducationFloor) {
    }

    /** Creates or replaces the member's profile; answers it and whether it was new. */
    @Transactional
    public Saved save(String memberId, Details details) {
        LocalDate born = ResidentId.birthDate(details.idNumber())
                .orElseThrow(() -> ProblemException.invalidField("idNumber", ResidentId.INVALID));
        if (ResidentId.isMale(details.idNumber()) != (details.gender() == Gender.MALE)) {
            throw ProblemException.invalidField("gender", "profile.gender-not-the-ids");
        }
        if (born.getYear() != details.birthYear()) {
            throw ProblemException.invalidField("birthYear", "profile.birth-year-not-the-ids");
        }
        if (details.prefAgeMin() > details.prefAgeMax()) {
            throw ProblemException.invalidField("prefAgeMax", "profile.age-range-reversed");
        }
        LocalDate today = LocalDate.now(clock);
        if (born.plusYears(details.gender().marriageAge()).isAfter(today)) {
            throw ProblemException.ruleViolated("profile.under-marriage-age", details.gender().marriageAge());
        }
        Profile profile = Profile.<Profile> find("memberId", memberId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        boolean created = profile == null;
        String fingerprint = Fingerprint.of(details.idNumber());
        if (Profile.count("idFingerprint = ?1 and memberId <> ?2", fingerprint, memberId) > 0) {
            // a second account of the same person, or a mistyped number that is someone else's
            throw ProblemException.conflict("profile.id-number-taken");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (created) {
            profile = new Profile();
            profile.id = UUID.randomUUID();
            profile.memberId = memberId;
            profile.verification = Verification.UNVERIFIED;
            profile.registeredAt = now;
        }
        boolean identityChanged = !created && (!Objects.equals(profile.legalName, details.legalName())
                || !Objects.equals(profile.idNumber, details.idNumber()) || profile.gender != details.gender());
        apply(profile, details);
        profile.idFingerprint = fingerprint;
        profile.updatedAt = now;
        if (created) {
            profile.persist();
            events.publishForNewAggregate(ProfileEvents.REGISTERED, profile.id,
                    new ProfileEvents.Registered(profile.id));
        } else if (identityChanged && profile.verification != Verification.UNVERIFIED) {
            // the answer was about someone else's registry record
            profile.verifiedUntil = null;
            if (profile.registryConsent) {
                verifications.queue(profile, Reason.DETAILS_CHANGED);
            } else {
                verifications.cancelPending(profile);
                profile.verification = Verification.UNVERIFIED;
            }
        }
        return new Saved(profile, created);
    }

    public record Saved(Profile profile, boolean created) {
    }

    private static void apply(Profile profile, Details details) {
        profile.gender = details.gender();
        profile.birthYear = details.birthYear();
        profile.district = details.district();
        profile.education = details.education();
        profile.heightCm = details.heightCm();
        profile.occupation = details.occupation();
        profile.selfText = details.selfText();
        profile.interests = details.interests() == null ? null : String.join(",", details.interests());
        profile.contact = details.contact();
        profile.legalName = details.legalName();
        profile.idNumber = details.idNumber();
        profile.prefAgeMin = details.prefAgeMin();
        profile.prefAgeMax = details.prefAgeMax();
        profile.prefDistricts = details.prefDistricts() == null ? "" : String.join(",", details.prefDistricts());
        profile.prefEducationFloor = details.prefEducationFloor();
    }

    /** Two profiles (either may be null: not found), as {@link #lockBoth} answers them. */
    public record Pair(Profile one, Profile other) {
    }

    /**
     * Row-locks two profiles in PostgreSQL's uuid order, the order every change of a pair takes (a like, a block, a
     * couple, an erasure), so two such changes at the same moment wait for each other instead of deadlocking.
     */
    public Pair lockBoth(UUID one, UUID other) {
        boolean oneFirst = Matches.lower(one, other).equals(one);
        Profile first = lock(oneFirst ? one : other);
        Profile second = lock(oneFirst ? other : one);
        return oneFirst ? new Pair(first, second) : new Pair(second, first);
    }

    /**
     * Locks the profile's row, then reads it as it is now: a profile read earlier in the transaction would otherwise
     * keep the state it had before the lock (Hibernate does not re-read an entity it holds), and a rule checked on it
     * would miss a change committed meanwhile. Null when there is no such row (anymore: erased while we waited).
     */
    private Profile lock(UUID id) {
        boolean exists = !entityManager.createNativeQuery("select 1 from profile where id = :id for no key update")
                .setParameter("id", id).getResultList().isEmpty();
        Profile profile = Profile.findById(id);
        if (profile == null) {
            return null;
        }
        if (!exists) {
            entityManager.detach(profile);
            return null;
        }
        entityManager.refresh(profile);
        return profile;
    }

    public Profile mine(String memberId) {
        return ProblemException.requireFound(Profile.<Profile> find("memberId", memberId).firstResult(), "profile", memberId);
    }

    /** The member's profile, row-locked, for a change in the caller's transaction. */
    public Profile mineLocked(String memberId) {
        Profile mine = ProblemException.requireFound(Profile.<Profile> find("memberId", memberId).firstResult(),
                "profile", memberId);
        return ProblemException.requireFound(lock(mine.id), "profile", memberId);
    }
}
