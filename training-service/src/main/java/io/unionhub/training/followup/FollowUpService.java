package io.unionhub.training.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.kit.schedule.RoundLock;
import io.unionhub.training.config.TrainingConfig;

/** Follow-up visits: scheduled at completion, announced once due, recorded with an outcome. */
@ApplicationScoped
public class FollowUpService {

    @Inject
    RoundLock roundLock;

    @Inject
    TrainingConfig config;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    @Transactional
    public void scheduleAfter(UUID completionId, UUID cadreId, LocalDate completedOn) {
        for (int days : config.followUpDays()) {
            FollowUpVisit visit = new FollowUpVisit();
            visit.id = UUID.randomUUID();
            visit.completionId = completionId;
            visit.cadreId = cadreId;
            visit.dueOn = completedOn.plusDays(days);
            visit.persist();
        }
    }

    @Scheduled(cron = "${unionhub.training.follow-up-check}", timeZone = "${unionhub.training.zone}")
    void scheduledAnnounceDue() {
        announceDue();
    }

    /**
     * Announces, once each, the visits that have fallen due (every morning); returns how many it announced (0 too when
     * another instance holds the round).
     */
    @Transactional
    public int announceDue() {
        if (!roundLock.take("training-follow-up-due")) {
            return 0;
        }
        List<FollowUpVisit> due = FollowUpVisit.list("dueAnnounced = false and outcome is null and dueOn <= ?1",
                LocalDate.now(clock));
        for (FollowUpVisit visit : due) {
            visit.dueAnnounced = true;
            events.publish(FollowUpEvents.DUE, visit.cadreId,
                    new FollowUpEvents.FollowUpDue(visit.id, visit.cadreId, visit.completionId, visit.dueOn));
        }
        return due.size();
    }

    /** Visits to make now: due and not yet recorded, oldest first. */
    public PageOf<FollowUpVisit> due(PageParams page) {
        return PageOf.of(FollowUpVisit.<FollowUpVisit>find("outcome is null and dueOn <= ?1",
                Sort.by("dueOn").and("id"), LocalDate.now(clock)), page, v -> v);
    }

    public List<FollowUpVisit> ofCadre(UUID cadreId) {
        return FollowUpVisit.list("cadreId", Sort.by("dueOn"), cadreId);
    }

    @Transactional
    public FollowUpVisit record(UUID id, FollowUpOutcome outcome, String notes, LocalDate visitedOn) {
        FollowUpVisit visit = ProblemException.requireFound(FollowUpVisit.findById(id), "follow-up", id);
        if (visit.isRecorded()) {
            throw ProblemException.conflict("follow-up.already-recorded");
        }
        LocalDate on = visitedOn == null ? LocalDate.now(clock) : visitedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("follow-up.visit-in-future", on);
        }
        visit.outcome = outcome;
        visit.notes = notes;
        visit.visitedOn = on;
        events.publish(FollowUpEvents.RECORDED, visit.cadreId,
                new FollowUpEvents.FollowUpRecorded(visit.id, visit.cadreId, outcome, on));
        return visit;
    }
}
