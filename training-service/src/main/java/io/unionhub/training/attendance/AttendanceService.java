package io.unionhub.training.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemException.FieldProblem;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.training.cohort.Cohort;
import io.unionhub.training.cohort.CohortService;
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
        // the day's register and the marked cadres' completions, read once: not two queries per mark
        Map<UUID, AttendanceRecord> dayRegister = AttendanceRecord.<AttendanceRecord>list("cohortId = ?1 and day = ?2",
                cohortId, day).stream().collect(Collectors.toMap(r -> r.cadreId, r -> r, (a, b) -> a, HashMap::new));
        Set<UUID> completed = Completion.<Completion>list("trackId = ?1 and cadreId in ?2", cohort.trackId,
                marks.stream().map(Mark::cadreId).toList()).stream().map(c -> c.cadreId).collect(Collectors.toSet());
        for (Mark mark : marks) {
            AttendanceRecord record = dayRegister.get(mark.cadreId());
            if (record != null && record.status != mark.status() && completed.contains(mark.cadreId())) {
                throw ProblemException.conflict("attendance.completion-final", mark.cadreId());
            }
            boolean firstMark = record == null;
            if (firstMark) {
                record = new AttendanceRecord();
                record.id = UUID.randomUUID();
                record.cohortId = cohortId;
                record.cadreId = mark.cadreId();
                record.day = day;
            }
            record.status = mark.status();
            record.recordedAt = now;
            if (firstMark) {
                record.persist(); // with its state complete: persist takes the row as it is now
                dayRegister.put(record.cadreId, record);
            }
        }
        Map<AttendanceStatus, Long> register = dayRegister.values().stream()
                .collect(Collectors.groupingBy(r -> r.status, Collectors.counting()));
        events.publish(AttendanceEvents.RECORDED, cohortId, new AttendanceEvents.AttendanceRecorded(
                cohortId, day, date, register.getOrDefault(AttendanceStatus.PRESENT, 0L),
                register.getOrDefault(AttendanceStatus.ABSENT, 0L),
                register.getOrDefault(AttendanceStatus.EXCUSED, 0L)));
        List<UUID> completing = presentOnEveryDay(cohort, marks.stream()
                .filter(m -> m.status() == AttendanceStatus.PRESENT && !completed.contains(m.cadreId()))
                .map(Mark::cadreId).toList());
        Iterator<Long> certificateNumbers = nextCertificateNumbers(completing.size()).iterator();
        List<Completion> completions = new ArrayList<>();
        for (UUID cadreId : completing) {
            completions.add(complete(cohort, cadreId, certificateNumbers.next()));
        }
        return new DayRecorded(day, marks.size(), completions);
    }

    /** One mark per cadre and day: a register naming a cadre twice is ambiguous, not "the last one wins". */
    private static void refuseTwiceMarked(List<Mark> marks) {
        Map<UUID, Integer> firstLine = new HashMap<>();
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
    private Completion complete(Cohort cohort, UUID cadreId, long certificateNumber) {
        LocalDate on = cohort.endsOn;
        Completion completion = new Completion();
        completion.id = UUID.randomUUID();
        completion.cadreId = cadreId;
        completion.cohortId = cohort.id;
        completion.trackId = cohort.trackId;
        completion.completedOn = on;
        completion.certificateNumber = "UH-" + on.getYear() + "-" + String.format("%06d", certificateNumber);
        completion.persist();
        events.publish(AttendanceEvents.TRAINING_COMPLETED, cadreId, new AttendanceEvents.TrainingCompleted(
                completion.id, cadreId, cohort.id, cohort.trackId, completion.certificateNumber, on));
        followUps.scheduleAfter(completion.id, cadreId, on);
        return completion;
    }

    /** Of these cadres, in their order, those present on every day of the cohort (the marks just made count). */
    private List<UUID> presentOnEveryDay(Cohort cohort, List<UUID> cadres) {
        if (cadres.isEmpty()) {
            return List.of();
        }
        Set<UUID> everyDay = new HashSet<>(entityManager.createQuery("""
                select a.cadreId from AttendanceRecord a
                where a.cohortId = :cohort and a.status = :present and a.cadreId in :cadres
                group by a.cadreId having count(a) = :days""", UUID.class)
                .setParameter("cohort", cohort.id).setParameter("present", AttendanceStatus.PRESENT)
                .setParameter("cadres", cadres).setParameter("days", (long) cohort.days()).getResultList());
        return cadres.stream().filter(everyDay::contains).toList();
    }

    /** As many certificate numbers as asked, in one statement (a sequence: no flush of the session before it). */
    @SuppressWarnings("unchecked")
    private List<Long> nextCertificateNumbers(int count) {
        if (count == 0) {
            return List.of();
        }
        List<Number> numbers = entityManager.createNativeQuery(
                        "select nextval('certificate_number_seq') from generate_series(1, :count)")
                .setParameter("count", count)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("certificate_number_seq").getResultList();
        return numbers.stream().map(Number::longValue).toList();
    }
}
