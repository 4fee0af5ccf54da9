package io.unionhub.mediation.mediator;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.Filters;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.mediation.centre.Centre;

/** The centres' roster of mediators: union staff register them, move them between centres and retire them. */
@ApplicationScoped
public class MediatorService {

    public record Details(String displayName, UUID centreId, boolean active) {
    }

    @Transactional
    public Mediator register(String memberId, Details details) {
        if (Mediator.findById(memberId) != null) {
            throw ProblemException.conflict("mediator.exists", memberId);
        }
        Mediator mediator = new Mediator();
        mediator.memberId = memberId;
        apply(mediator, details);
        mediator.persist();
        return mediator;
    }

    @Transactional
    public Mediator update(String memberId, Details details) {
        Mediator mediator = ProblemException.requireFound(Mediator.findById(memberId, LockModeType.PESSIMISTIC_WRITE),
                "mediator", memberId);
        apply(mediator, details);
        return mediator;
    }

    private static void apply(Mediator mediator, Details details) {
        ProblemException.requireReferenced(Centre.findById(details.centreId()), "centreId", "centre",
                details.centreId());
        mediator.displayName = details.displayName();
        mediator.centreId = details.centreId();
        mediator.active = details.active();
    }

    public Mediator find(String memberId) {
        return ProblemException.requireFound(Mediator.findById(memberId), "mediator", memberId);
    }

    public PageOf<Mediator> list(UUID centreId, Boolean active, PageParams page) {
        Filters filters = new Filters().and("centreId = :centre", "centre", centreId)
                .and("active = :active", "active", active);
        return PageOf.of(Mediator.<Mediator> find(filters.query(), Sort.by("memberId"), filters.params()), page,
                mediator -> mediator);
    }
}
