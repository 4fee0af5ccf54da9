package io.unionhub.mediation.mediator;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Inject
    EntityManager entityManager;

    public record Details(String displayName, UUID centreId, boolean active) {
    }

    /** Registers a mediator; the same member twice is a 409, even when both registrations come at once. */
    @Transactional
    public Mediator register(String memberId, Details details) {
        requireCentre(details);
        int inserted = entityManager.createNativeQuery("insert into mediator (member_id, display_name, centre_id, "
                + "active) values (:member, :name, :centre, :active) on conflict (member_id) do nothing")
                .setParameter("member", memberId).setParameter("name", details.displayName())
                .setParameter("centre", details.centreId()).setParameter("active", details.active()).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("mediator.exists", memberId);
        }
        return Mediator.findById(memberId);
    }

    @Transactional
    public Mediator update(String memberId, Details details) {
        Mediator mediator = ProblemException.requireFound(Mediator.findById(memberId, LockModeType.PESSIMISTIC_WRITE),
                "mediator", memberId);
        apply(mediator, details);
        return mediator;
    }

    private static void requireCentre(Details details) {
        ProblemException.requireReferenced(Centre.findById(details.centreId()), "centreId", "centre",
                details.centreId());
    }

    private static void apply(Mediator mediator, Details details) {
        requireCentre(details);
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
