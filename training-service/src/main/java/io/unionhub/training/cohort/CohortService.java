package io.unionhub.training.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemException.FieldProblem;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.training.track.Track;

@ApplicationScoped
public class CohortService {

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    public record NewCohort(UUID trackId, LocalDate startsOn, String venue, int capacity, List<String> coreModules) {
    }

    @Transactional
    public Cohort schedule(NewCohort request) {
        Track track = Track.findById(request.trackId());
        if (track == null) {
            throw ProblemException.invalidField("trackId", "cohort.no-such-track", request.trackId());
        }
        if (request.startsOn().isBefore(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("cohort.starts-in-past", request.startsOn())
                    .withFieldProblems(List.of(new FieldProblem("startsOn", "cohort.starts-in-past.field")));
        }
        Cohort cohort = new Cohort();
        cohort.id = UUID.randomUUID();
        cohort.trackId = track.id;
        cohort.startsOn = request.startsOn();
        cohort.endsOn = request.startsOn().plusDays(track.days - 1L);
        cohort.venue = request.venue();
        cohort.capacity = request.capacity();
        cohort.coreModules = new ArrayList<>(request.coreModules() == null || request.coreModules().isEmpty()
                ? track.coreModules : request.coreModules());
        cohort.extensionModules = new ArrayList<>();
        cohort.enrolmentOpen = true;
        cohort.scheduledAt = OffsetDateTime.now(clock);
        cohort.persist();
        events.publishForNewAggregate(CohortEvents.SCHEDULED, cohort.id, new CohortEvents.CohortScheduled(
                cohort.id, track.id, cohort.startsOn, cohort.endsOn, cohort.capacity));
        return cohort;
    }

    public Cohort find(UUID id) {
        return ProblemException.requireFound(Cohort.findById(id), "cohort", id);
    }

    public PageOf<Cohort> list(UUID trackId, LocalDate from, Boolean open, PageParams page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (trackId != null) {
            query.append(" and trackId = :trackId");
            params.and("trackId", trackId);
        }
        if (from != null) {
            query.append(" and startsOn >= :from");
            params.and("from", from);
        }
        if (open != null) {
            query.append(" and enrolmentOpen = :open");
            params.and("open", open);
        }
        PanacheQuery<Cohort> cohorts = Cohort.find(query.toString(), Sort.by("startsOn").and("id"), params);
        return PageOf.of(cohorts, page, c -> c);
    }

    @Transactional
    public Cohort setEnrolmentOpen(UUID id, boolean open) {
        Cohort cohort = ProblemException.requireFound(Cohort.locked(id), "cohort", id);
        if (open && cohort.hasStarted(LocalDate.now(clock))) {
            throw ProblemException.ruleViolated("cohort.already-started", cohort.startsOn);
        }
        cohort.enrolmentOpen = open;
        return cohort;
    }

    /**
     * Makes a requested topic category an extension module of the cohort.
     *
     * @param publicCategory what the event may say of the category: a dictionary category, or "Other" for one a
     *                       cadre typed (the module's title too, when it is that category)
     */
    @Transactional
    public Cohort adoptExtensionModule(UUID id, String category, String module, long requests,
            String publicCategory) {
        // the cohort's row first, as enrolment takes it: the same order, so the two never deadlock
        Cohort cohort = ProblemException.requireFound(Cohort.locked(id), "cohort", id);
        if (cohort.extensionModules.stream().anyMatch(m -> m.category().equals(category))) {
            throw ProblemException.conflict("cohort.module-already-adopted", category);
        }
        cohort.extensionModules = new ArrayList<>(cohort.extensionModules);
        cohort.extensionModules.add(new ExtensionModule(category, module));
        events.publish(CohortEvents.EXTENSION_MODULE_ADOPTED, cohort.id,
                new CohortEvents.ExtensionModuleAdopted(cohort.id, publicCategory,
                        module.equals(category) ? publicCategory : module, requests));
        return cohort;
    }
}
