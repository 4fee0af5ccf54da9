package io.unionhub.training.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.training.cadre.Cadre;
import io.unionhub.training.cohort.Cohort;
import io.unionhub.training.track.Track;

/**
 * Enrolment rules: only eligible roles, never twice in a cohort nor in two overlapping cohorts, a waitlist beyond
 * capacity, the first waitlisted promoted when a confirmed place is cancelled. The cadre's row and then the cohort's
 * row are locked for the transaction, so concurrent enrolments are served one at a time and a cohort is never
 * overbooked.
 */
@ApplicationScoped
public class EnrolmentService {

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Enrolled enrol(UUID cohortId, UUID cadreId) {
        Cadre cadre = ProblemException.requireFound(Cadre.findById(cadreId, LockModeType.PESSIMISTIC_WRITE), "cadre",
                cadreId);
        Cohort cohort = lockedCohort(cohortId);
        if (!cohort.isOpenForEnrolment(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("enrolment.closed");
        }
        Track track = Track.findById(cohort.trackId);
        if (!track.admits(cadre.role)) {
            throw ProblemException.ruleViolated("enrolment.role-not-eligible", cadre.role, track.name);
        }
        if (Enrolment.activeOf(cohortId, cadreId) != null) {
            throw ProblemException.conflict("enrolment.already-enrolled");
        }
        if (overlappingEnrolments(cadreId, cohort) > 0) {
            throw ProblemException.conflict("enrolment.overlapping", cohort.startsOn, cohort.endsOn);
        }
        Map<EnrolmentStatus, Long> active = activeByStatus(cohortId);
        long confirmed = active.getOrDefault(EnrolmentStatus.CONFIRMED, 0L);
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.cohortId = cohortId;
        enrolment.cadreId = cadreId;
        enrolment.requestedAt = OffsetDateTime.now(clock);
        enrolment.status = confirmed < cohort.capacity ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED;
        // under the cohort's lock every waitlisted enrolment of it is ahead of this one: no need to read the queue
        // number the database gives it (nor to flush for it)
        long position = enrolment.status == EnrolmentStatus.WAITLISTED
                ? active.getOrDefault(EnrolmentStatus.WAITLISTED, 0L) + 1
                : 0;
        enrolment.persist();
        if (enrolment.status == EnrolmentStatus.CONFIRMED) {
            events.publish(EnrolmentEvents.CONFIRMED, cohortId,
                    new EnrolmentEvents.EnrolmentConfirmed(enrolment.id, cohortId, cadreId, confirmed + 1));
        } else {
            events.publish(EnrolmentEvents.WAITLISTED, cohortId,
                    new EnrolmentEvents.EnrolmentWaitlisted(enrolment.id, cohortId, cadreId, position));
        }
        return new Enrolled(enrolment, position);
    }

    /** A new enrolment and its place in the waitlist (0 when confirmed). */
    public record Enrolled(Enrolment enrolment, long waitlistPosition) {
    }

    private Map<EnrolmentStatus, Long> activeByStatus(UUID cohortId) {
        return entityManager.createQuery("""
                select e.status, count(e) from Enrolment e
                where e.cohortId = :cohort and e.status <> :cancelled group by e.status""", Object[].class)
                .setParameter("cohort", cohortId).setParameter("cancelled", EnrolmentStatus.CANCELLED)
                .getResultStream().collect(Collectors.toMap(row -> (EnrolmentStatus) row[0], row -> (Long) row[1]));
    }

    @Transactional
    public Enrolment cancel(UUID enrolmentId) {
        Enrolment enrolment = find(enrolmentId);
        Cohort cohort = lockedCohort(enrolment.cohortId);
        entityManager.refresh(enrolment); // as it is now that the cohort is ours
        if (!enrolment.isActive()) {
            throw ProblemException.conflict("enrolment.already-cancelled");
        }
        if (cohort.hasStarted(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("enrolment.cohort-started", cohort.startsOn);
        }
        EnrolmentStatus previous = enrolment.status;
        enrolment.status = EnrolmentStatus.CANCELLED;
        events.publish(EnrolmentEvents.CANCELLED, cohort.id,
                new EnrolmentEvents.EnrolmentCancelled(enrolment.id, cohort.id, enrolment.cadreId, previous));
        if (previous == EnrolmentStatus.CONFIRMED) {
            entityManager.flush();
            promoteFirstWaitlisted(cohort);
        }
        return enrolment;
    }

    private void promoteFirstWaitlisted(Cohort cohort) {
        if (Enrolment.confirmedIn(cohort.id) >= cohort.capacity) {
            return;
        }
        Enrolment next = Enrolment.firstWaitlisted(cohort.id);
        if (next != null) {
            next.status = EnrolmentStatus.CONFIRMED;
            events.publish(EnrolmentEvents.PROMOTED, cohort.id,
                    new EnrolmentEvents.EnrolmentPromoted(next.id, cohort.id, next.cadreId));
        }
    }

    public Enrolment find(UUID id) {
        return ProblemException.requireFound(Enrolment.findById(id), "enrolment", id);
    }

    /**
     * The waitlist positions of a page in queue order: one count for the first waitlisted row of the page, the rest
     * follow it (a row per query would be a query per row).
     */
    public Map<UUID, Long> waitlistPositions(List<Enrolment> page) {
        List<Enrolment> waiting = page.stream().filter(e -> e.status == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing((Enrolment e) -> e.queueNumber)).toList();
        Map<UUID, Long> positions = new HashMap<>();
        if (!waiting.isEmpty()) {
            long ahead = waitlistPosition(waiting.get(0)) - 1;
            for (int i = 0; i < waiting.size(); i++) {
                positions.put(waiting.get(i).id, ahead + i + 1);
            }
        }
        return positions;
    }

    /** 1 for the first in line; 0 when not waitlisted. */
    public long waitlistPosition(Enrolment enrolment) {
        if (enrolment.status != EnrolmentStatus.WAITLISTED) {
            return 0;
        }
        return Enrolment.count("cohortId = ?1 and status = ?2 and queueNumber < ?3", enrolment.cohortId,
                EnrolmentStatus.WAITLISTED, enrolment.queueNumber) + 1;
    }

    public PageOf<Enrolment> ofCohort(UUID cohortId, EnrolmentStatus status, PageParams page) {
        var query = status == null
                ? Enrolment.<Enrolment>find("cohortId", Sort.by("queueNumber"), cohortId)
                : Enrolment.<Enrolment>find("cohortId = ?1 and status = ?2", Sort.by("queueNumber"), cohortId, status);
        return PageOf.of(query, page, e -> e);
    }

    /** A cadre's enrolments, the latest request first. */
    public PageOf<Enrolment> ofCadre(UUID cadreId, PageParams page) {
        return PageOf.of(Enrolment.<Enrolment>find("cadreId", Sort.by("requestedAt", Sort.Direction.Descending)
                .and("id"), cadreId), page, e -> e);
    }

    public boolean isEnrolled(UUID cohortId, UUID cadreId) {
        return Enrolment.activeOf(cohortId, cadreId) != null;
    }

    public long confirmedCount(UUID cohortId) {
        return Enrolment.confirmedIn(cohortId);
    }

    public List<Enrolment> confirmedIn(UUID cohortId) {
        return Enrolment.list("cohortId = ?1 and status = ?2", cohortId, EnrolmentStatus.CONFIRMED);
    }

    private long overlappingEnrolments(UUID cadreId, Cohort cohort) {
        return (Long) entityManager.createQuery("""
                select count(e) from Enrolment e, Cohort c
                where e.cadreId = :cadre and e.status <> :cancelled and c.id = e.cohortId
                and c.startsOn <= :endsOn and c.endsOn >= :startsOn""")
                .setParameter("cadre", cadreId).setParameter("cancelled", EnrolmentStatus.CANCELLED)
                .setParameter("startsOn", cohort.startsOn).setParameter("endsOn", cohort.endsOn)
                .getSingleResult();
    }

    private static Cohort lockedCohort(UUID cohortId) {
        return ProblemException.requireFound(Cohort.locked(cohortId), "cohort", cohortId);
    }
}
