package io.unionhub.employment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.posting.PostingService;
import io.unionhub.employment.seeker.SeekerService;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.events.EventType;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.Filters;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/**
 * Applications: one live application per seeker and posting, allowed transitions only, and never more hires than
 * openings. A hire locks the posting's row first, so concurrent hires at the last opening are served one at a time
 * and exactly one wins; the others get a 409.
 */
@ApplicationScoped
public class ApplicationService {

    @Inject
    EventPublisher events;

    @Inject
    PostingService postings;

    @Inject
    SeekerService seekers;

    @Inject
    Clock clock;

    /**
     * A new application, or an on-site intent ({@code status} INTENT_REACHED, with its campaign). The posting and the
     * seeker are named by the request: unknown ones are a 400 naming {@code postingId} or {@code seekerId}.
     */
    @Transactional
    public Application submit(UUID postingId, UUID seekerId, ApplicationSource source, UUID campaignId,
            ApplicationStatus status) {
        Posting posting = postings.referenced("postingId", postingId);
        if (!posting.isOpenOn(LocalDate.now(clock))) {
            throw ProblemException.conflict("application.posting-not-open");
        }
        // the seeker's row is locked while the live-application check and the insert run: two applications of one
        // seeker (the worker's own and a graduation's, say) go one at a time, so the unique index never has to refuse
        seekers.lockReferenced("seekerId", seekerId);
        if (Application.liveExists(postingId, seekerId)) {
            throw ProblemException.conflict("application.already-applied");
        }
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.postingId = postingId;
        application.seekerId = seekerId;
        application.source = source;
        application.campaignId = campaignId;
        application.status = status;
        application.submittedAt = OffsetDateTime.now(clock);
        application.updatedAt = application.submittedAt;
        application.persist();
        events.publishForNewAggregate(ApplicationEvents.SUBMITTED, application.id,
                new ApplicationEvents.ApplicationSubmitted(application.id, postingId, seekerId, posting.employerId,
                        posting.tradeCode, source, campaignId));
        if (status != ApplicationStatus.SUBMITTED) {
            announce(application, posting, ApplicationStatus.SUBMITTED, true);
        }
        return application;
    }

    /** Moves an application on; a hire takes one of the posting's openings (and the last one fills it). */
    @Transactional
    public Application move(UUID id, ApplicationStatus to) {
        UUID postingId = Application.getEntityManager()
                .createQuery("select a.postingId from Application a where a.id = :id", UUID.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("application", id));
        // the posting first, then the application: every hire of a posting queues on the posting's row
        Posting posting = to == ApplicationStatus.HIRED ? postings.locked(postingId) : postings.find(postingId);
        Application application = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (!application.status.canBecome(to)) {
            throw ProblemException.conflict("application.transition-not-allowed", application.status, to);
        }
        if (to == ApplicationStatus.HIRED) {
            postings.recordHire(posting);
        }
        ApplicationStatus from = application.status;
        application.status = to;
        application.updatedAt = OffsetDateTime.now(clock);
        announce(application, posting, from, false);
        return application;
    }

    /** A new application's events need no aggregate lock: nobody else can write them before the commit. */
    private void announce(Application application, Posting posting, ApplicationStatus from, boolean newApplication) {
        publish(newApplication, ApplicationEvents.STATUS_CHANGED, application.id, new ApplicationEvents.ApplicationStatusChanged(
                application.id, application.postingId, from, application.status));
        if (application.status == ApplicationStatus.INTENT_REACHED) {
            publish(newApplication, ApplicationEvents.INTENT_REACHED, application.id, new ApplicationEvents.IntentReached(
                    application.id, posting.id, application.seekerId, posting.employerId, posting.tradeCode,
                    posting.district, application.campaignId));
        } else if (application.status == ApplicationStatus.HIRED) {
            publish(newApplication, ApplicationEvents.HIRED, application.id, new ApplicationEvents.Hired(application.id,
                    posting.id, application.seekerId, posting.employerId, posting.tradeCode, posting.district,
                    application.campaignId, posting.openingsLeft()));
        }
    }

    private <D extends Record> void publish(boolean newApplication, EventType<D> type, UUID applicationId, D data) {
        if (newApplication) {
            events.publishForNewAggregate(type, applicationId, data);
        } else {
            events.publish(type, applicationId, data);
        }
    }

    public Application find(UUID id) {
        return ProblemException.requireFound(Application.findById(id), "application", id);
    }

    /** Which applications a list shows: each filter given narrows it. */
    public record ApplicationFilter(UUID postingId, UUID seekerId, ApplicationStatus status) {
    }

    /** Applications, oldest first, narrowed by every filter given. */
    public PageOf<Application> list(ApplicationFilter filter, PageParams page) {
        Sort order = Sort.by("submittedAt").and("id");
        Filters filters = new Filters().and("postingId = :posting", "posting", filter.postingId())
                .and("seekerId = :seeker", "seeker", filter.seekerId())
                .and("status = :status", "status", filter.status());
        var query = Application.<Application> find(filters.query(), order, filters.params());
        return PageOf.of(query, page, application -> application);
    }

    public PageOf<Application> ofSeeker(UUID seekerId, PageParams page) {
        return PageOf.of(Application.<Application> find("seekerId", Sort.by("submittedAt", Sort.Direction.Descending).and("id"),
                seekerId), page, application -> application);
    }
}
