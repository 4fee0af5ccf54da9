package io.unionhub.training.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemException.FieldProblem;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.training.cohort.Cohort;
import io.unionhub.training.cohort.CohortService;
import io.unionhub.training.enrolment.Enrolment;
import io.unionhub.training.enrolment.EnrolmentService;
import io.unionhub.training.followup.FollowUpService;

/**
 * The register of each cohort day. A confirmed cadre present on every day of the cohort completes its track at once:
 * a certificate is issued, the completion is announced, follow-up visits are scheduled. A completion is final.
 */
@ApplicationScoped
public class AttendanceService {

    @Inject
    CohortService cohorts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    FollowUpService followUps;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public record Mark(UUID cadreId, AttendanceStatus status) {
    }

    /** What recording a day changed: the completions it caused. */
    public record DayRecorded(int day, int marked, List<Completion> completions) {
    }

    @Transactional
    public DayRecorded record(UUID cohortId, int day, List<Mark> marks) {
        refuseTwiceMarked(marks);
        // one register at a time per cohort: two days recorded at once would each miss the other's completion
        Cohort cohort = ProblemException.requireFound(Cohort.locked(cohortId), "cohort", cohortId);
        if (day < 1 || day > cohort.days()) {
            throw ProblemException.ruleViolated("attendance.no-such-day", day, cohort.days());
        }
        LocalDate date = cohort.startsOn.plusDays(day - 1L);
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("attendance.day-not-come", day, date);
        }
        Set<UUID> confirmed = enrolments.confirmedIn(cohortId).stream().map(e -> e.cadreId)
                .collect(Collectors.toSet());
        List<UUID> strangers = marks.stream().map(Mark::cadreId).filter(id -> !confirmed.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw ProblemException.ruleViolated("attendance.not-confirmed", strangers.get(0));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Mark mark : marks) {
            AttendanceRecord record = AttendanceRecord.of(cohortId, mark.cadreId(), day);
            if (record != null && record.status != mark.status()
                    && Completion.of(mark.cadreId(), cohort.trackId) != null) {
                throw ProblemException.conflict("attendance.completion-final", mark.cadreId());
            }
            if (record == null) {
                record = new AttendanceRecord();
                record.id = UUID.randomUUID();
                record.cohortId = cohortId;
                record.cadreId = mark.cadreId();
                record.day = day;
            }
            record.status = mark.status();
            record.recordedAt = now;
            record.persist();
        }
        entityManager.flush();
        Map<AttendanceStatus, Long> register = AttendanceRecord.<AttendanceRecord>list("cohortId = ?1 and day = ?2",
                cohortId, day).stream().collect(Collectors.groupingBy(r -> r.status, Collectors.counting()));
        events.publish(AttendanceEvents.RECORDED, cohortId, new AttendanceEvents.AttendanceRecorded(
                cohortId, day, date, register.getOrDefault(AttendanceStatus.PRESENT, 0L),
                register.getOrDefault(AttendanceStatus.ABSENT, 0L),
                register.getOrDefault(AttendanceStatus.EXCUSED, 0L)));
        List<Completion> completions = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.status() == AttendanceStatus.PRESENT
                    && AttendanceRecord.daysPresent(cohortId, mark.cadreId()) == cohort.days()
                    && Completion.of(mark.cadreId(), cohort.trackId) == null) {
                completions.add(complete(cohort, mark.cadreId()));
            }
        }
        return new DayRecorded(day, marks.size(), completions);
    }

    /** One mark per cadre and day: a register naming a cadre twice is ambiguous, not "the last one wins". */
    private static void refuseTwiceMarked(List<Mark> marks) {
        Map<UUID, Integer> firstLine = new java.util.HashMap<>();
        List<FieldProblem> twice = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            Integer first = firstLine.putIfAbsent(marks.get(i).cadreId(), i);
            if (first != null) {
                twice.add(new FieldProblem("marks[" + i + "].cadreId", "attendance.marked-twice", first));
            }
        }
        if (!twice.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "problem.validation.detail", twice.size())
                    .withFieldProblems(twice);
        }
    }

    public PageOf<AttendanceRecord> register(UUID cohortId, PageParams page) {
        cohorts.find(cohortId);
        return PageOf.of(AttendanceRecord.<AttendanceRecord>find("cohortId = ?1 order by day, cadreId", cohortId),
                page, r -> r);
    }

    public List<Completion> completionsOf(UUID cadreId) {
        return Completion.list("cadreId = ?1 order by completedOn", cadreId);
    }

    /** Dated by the cohort's last day, whichever day's register completed it (a correction may come later). */
    private Completion complete(Cohort cohort, UUID cadreId) {
        LocalDate on = cohort.endsOn;
        Completion completion = new Completion();
        completion.id = UUID.randomUUID();
        completion.cadreId = cadreId;
        completion.cohortId = cohort.id;
        completion.trackId = cohort.trackId;
        completion.completedOn = on;
        completion.certificateNumber = "UH-" + on.getYear() + "-" + String.format("%06d", nextCertificateNumber());
        completion.persist();
        events.publish(AttendanceEvents.TRAINING_COMPLETED, cadreId, new AttendanceEvents.TrainingCompleted(
                completion.id, cadreId, cohort.id, cohort.trackId, completion.certificateNumber, on));
        followUps.scheduleAfter(completion.id, cadreId, on);
        return completion;
    }

    private long nextCertificateNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('certificate_number_seq')")
                .getSingleResult()).longValue();
    }
}
