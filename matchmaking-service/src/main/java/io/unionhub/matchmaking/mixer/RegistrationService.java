package io.unionhub.matchmaking.mixer;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.matchmaking.mixer.Registration.Status;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;

/**
 * Sign-ups: a verified single worker signs up once per mixer, at one venue, until it starts. A seat of their gender
 * free at the venue confirms them, else they join that venue's waitlist for their gender. The venue's row is locked
 * while a sign-up or a cancellation decides, so concurrent sign-ups never overbook it; a confirmed sign-up cancelled
 * before the start promotes the first of the same waitlist.
 */
@ApplicationScoped
public class RegistrationService {

    /** Check-in opens two hours before the start. */
    static final Duration CHECK_IN_OPENS = Duration.ofHours(2);

    @Inject
    ProfileService profiles;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Registration register(String memberId, UUID mixerId, UUID venueId) {
        Profile me = profiles.mine(memberId);
        Mixer mixer = ProblemException.requireFound(Mixer.findById(mixerId), "mixer", mixerId);
        Venue venue = Venue.findById(venueId, LockModeType.PESSIMISTIC_WRITE);
        if (venue == null || !venue.mixerId.equals(mixerId)) {
            throw ProblemException.unknownReference("venueId", "venue", venueId);
        }
        if (mixer.status != Mixer.Status.OPEN || !OffsetDateTime.now(clock).isBefore(mixer.startsAt)) {
            throw ProblemException.conflict("mixer.registration-closed");
        }
        if (!me.available(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("mixer.not-verified-single");
        }
        if (Registration.count("mixerId = ?1 and profileId = ?2", mixerId, me.id) > 0) {
            throw ProblemException.conflict("mixer.registered");
        }
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.mixerId = mixerId;
        registration.venueId = venueId;
        registration.profileId = me.id;
        registration.gender = me.gender;
        registration.status = confirmed(venue, me) < venue.seats(me.gender) ? Status.CONFIRMED : Status.WAITLISTED;
        registration.registeredAt = OffsetDateTime.now(clock);
        registration.persist();
        events.publish(registration.status == Status.CONFIRMED ? MixerEvents.CONFIRMED : MixerEvents.WAITLISTED,
                mixerId, changed(registration));
        return registration;
    }

    private static long confirmed(Venue venue, Profile profile) {
        return Registration.count("venueId = ?1 and gender = ?2 and status = ?3", venue.id, profile.gender,
                Status.CONFIRMED);
    }

    private static MixerEvents.RegistrationChanged changed(Registration registration) {
        return new MixerEvents.RegistrationChanged(registration.mixerId, registration.id, registration.venueId,
                registration.profileId);
    }

    public Registration mine(String memberId, UUID mixerId) {
        Profile me = profiles.mine(memberId);
        return ProblemException.requireFound(
                Registration.<Registration> find("mixerId = ?1 and profileId = ?2", mixerId, me.id).firstResult(),
                "registration of yours at mixer", mixerId);
    }

    /** How many are ahead on the waitlist, plus one; null for a confirmed sign-up. */
    public Long waitlistPosition(Registration registration) {
        return registration.status == Status.CONFIRMED ? null
                : Registration.count("venueId = ?1 and gender = ?2 and status = ?3 and arrival < ?4",
                        registration.venueId, registration.gender, Status.WAITLISTED, registration.arrival) + 1;
    }

    /** Cancels my sign-up before the start; a confirmed one gives its seat to the first waiting. */
    @Transactional
    public void cancel(String memberId, UUID mixerId) {
        Profile me = profiles.mine(memberId);
        Mixer mixer = ProblemException.requireFound(Mixer.findById(mixerId), "mixer", mixerId);
        // the venue is locked before the sign-up is read: a promotion of it committed meanwhile is seen
        UUID venueId = entityManager.createQuery(
                "select r.venueId from Registration r where r.mixerId = ?1 and r.profileId = ?2", UUID.class)
                .setParameter(1, mixerId).setParameter(2, me.id).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("registration of yours at mixer", mixerId));
        Venue venue = Venue.findById(venueId, LockModeType.PESSIMISTIC_WRITE);
        Registration registration = ProblemException.requireFound(Registration.<Registration> find(
                "mixerId = ?1 and profileId = ?2", mixerId, me.id).firstResult(), "registration of yours at mixer",
                mixerId);
        if (mixer.status != Mixer.Status.OPEN || !OffsetDateTime.now(clock).isBefore(mixer.startsAt)) {
            throw ProblemException.conflict("mixer.registration-closed");
        }
        boolean seatFreed = registration.status == Status.CONFIRMED;
        registration.delete();
        if (seatFreed) {
            Registration next = Registration.<Registration> find("venueId = ?1 and gender = ?2 and status = ?3",
                    Sort.by("arrival"), venue.id, registration.gender, Status.WAITLISTED).firstResult();
            if (next != null) {
                next.status = Status.CONFIRMED;
                events.publish(MixerEvents.PROMOTED, mixerId, changed(next));
            }
        }
    }

    /** Staff check a confirmed participant in, from two hours before the start until the end. */
    @Transactional
    public Registration checkIn(UUID mixerId, UUID registrationId) {
        Registration registration = Registration.findById(registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || !registration.mixerId.equals(mixerId)) {
            throw ProblemException.notFound("registration", registrationId);
        }
        // shared with other check-ins and picks, exclusive of the close: none is lost to a close under way
        Mixer mixer = Mixer.findById(mixerId, LockModeType.PESSIMISTIC_READ);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (mixer.status != Mixer.Status.OPEN || now.isBefore(mixer.startsAt.minus(CHECK_IN_OPENS))
                || now.isAfter(mixer.endsAt)) {
            throw ProblemException.conflict("mixer.check-in-closed");
        }
        if (registration.status != Status.CONFIRMED) {
            throw ProblemException.conflict("mixer.not-confirmed");
        }
        if (registration.checkedInAt == null) {
            registration.checkedInAt = now;
        }
        return registration;
    }

    public PanacheQuery<Registration> ofMixer(UUID mixerId) {
        ProblemException.requireFound(Mixer.findById(mixerId), "mixer", mixerId);
        return Registration.find("mixerId", Sort.by("arrival"), mixerId);
    }
}
