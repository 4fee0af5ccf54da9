package io.unionhub.employment.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.unionhub.employment.application.Application;
import io.unionhub.employment.application.ApplicationService;
import io.unionhub.employment.application.ApplicationSource;
import io.unionhub.employment.application.ApplicationStatus;
import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.seeker.RegisteredBy;
import io.unionhub.employment.seeker.SeekerService;
import io.unionhub.employment.seeker.SeekerService.SeekerProfile;
import io.unionhub.employment.seeker.TargetGroup;
import io.unionhub.kit.events.EventPublisher;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;

/**
 * Campaigns: opened by staff, joined by employers with their postings, visitors counted, on-site intents recorded
 * (each an application that starts as INTENT_REACHED, for a seeker on the register or a walk-in registered on the
 * spot), closed with their figures.
 */
@ApplicationScoped
public class CampaignService {

    /** The longest campaign: a year (a recruitment month is a month; an aid drive a season). */
    static final int MAX_DAYS = 366;

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    SeekerService seekers;

    @Inject
    ApplicationService applications;

    @Inject
    Clock clock;

    public record NewCampaign(String name, CampaignType type, LocalDate startsOn, LocalDate endsOn, String venue,
            String streamUrl, List<TargetGroup> targetGroups) {
    }

    @Transactional
    public Campaign open(NewCampaign request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "campaign.ends-before-start");
        }
        if (request.startsOn().isBefore(today().minusYears(1)) || request.startsOn().isAfter(today().plusYears(2))) {
            throw ProblemException.invalidField("startsOn", "campaign.starts-out-of-range");
        }
        if (request.endsOn().isAfter(request.startsOn().plusDays(MAX_DAYS - 1))) {
            throw ProblemException.invalidField("endsOn", "campaign.too-long", MAX_DAYS);
        }
        if (request.type() == CampaignType.LIVESTREAM && isBlank(request.streamUrl())) {
            throw ProblemException.missingField("streamUrl");
        }
        if (request.type() == CampaignType.FAIR && isBlank(request.venue())) {
            throw ProblemException.missingField("venue");
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = request.name();
        campaign.type = request.type();
        campaign.startsOn = request.startsOn();
        campaign.endsOn = request.endsOn();
        campaign.venue = request.venue();
        campaign.streamUrl = request.streamUrl();
        campaign.targetGroups = request.targetGroups() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.targetGroups()));
        campaign.status = Campaign.Status.OPEN;
        campaign.openedAt = OffsetDateTime.now(clock);
        campaign.persist();
        events.publishForNewAggregate(CampaignEvents.OPENED, campaign.id, new CampaignEvents.CampaignOpened(
                campaign.id, campaign.type, campaign.startsOn, campaign.endsOn, campaign.targetGroups));
        return campaign;
    }

    /** The employer joins (again, to bring more postings): its own open postings only. */
    @Transactional
    public CampaignFigures join(UUID campaignId, Employer employer, List<UUID> postingIds) {
        Campaign campaign = locked(campaignId);
        if (campaign.status != Campaign.Status.OPEN || today().isAfter(campaign.endsOn)) {
            throw ProblemException.conflict("campaign.not-open");
        }
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(postingIds));
        List<Posting> postings = Posting.list("id in ?1", wanted);
        for (UUID id : wanted) {
            Posting posting = postings.stream().filter(p -> p.id.equals(id)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("postingIds", "campaign.posting-unknown", id));
            if (!posting.employerId.equals(employer.id)) {
                throw ProblemException.invalidField("postingIds", "campaign.posting-not-employers", id);
            }
            if (!posting.isOpenOn(today())) {
                throw ProblemException.invalidField("postingIds", "campaign.posting-not-open", id);
            }
        }
        entityManager.createNativeQuery("""
                insert into campaign_employer (campaign_id, employer_id, joined_at) values (:campaign, :employer, :at)
                on conflict do nothing""")
                .setParameter("campaign", campaignId).setParameter("employer", employer.id)
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        List<UUID> added = new java.util.ArrayList<>();
        for (UUID id : wanted) {
            int inserted = entityManager.createNativeQuery("""
                    insert into campaign_posting (campaign_id, posting_id) values (:campaign, :posting)
                    on conflict do nothing""")
                    .setParameter("campaign", campaignId).setParameter("posting", id).executeUpdate();
            if (inserted == 1) {
                added.add(id);
            }
        }
        if (!added.isEmpty()) {
            int openings = postings.stream().filter(p -> added.contains(p.id)).mapToInt(p -> p.openings).sum();
            events.publish(CampaignEvents.EMPLOYER_JOINED, campaignId,
                    new CampaignEvents.EmployerJoined(campaignId, employer.id, added, openings));
        }
        return CampaignFigures.of(entityManager, campaignId);
    }

    /** Visitors counted at the gate (or a livestream's viewers) on a day of the campaign. */
    @Transactional
    public CampaignFigures countVisitors(UUID campaignId, LocalDate on, int visitors) {
        Campaign campaign = locked(campaignId);
        if (campaign.status != Campaign.Status.OPEN) {
            throw ProblemException.conflict("campaign.closed");
        }
        if (on.isBefore(campaign.startsOn) || on.isAfter(campaign.endsOn)) {
            throw ProblemException.invalidField("countedOn", "campaign.day-outside", campaign.startsOn,
                    campaign.endsOn);
        }
        if (on.isAfter(today())) {
            throw ProblemException.invalidField("countedOn", "campaign.day-not-come");
        }
        entityManager.createNativeQuery("""
                insert into campaign_visitors (id, campaign_id, counted_on, visitors, recorded_at)
                values (:id, :campaign, :on, :visitors, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("campaign", campaignId).setParameter("on", on)
                .setParameter("visitors", visitors).setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        return CampaignFigures.of(entityManager, campaignId);
    }

    /**
     * An employment intent reached on site: for a seeker on the register ({@code seekerId}) or a walk-in registered
     * now ({@code walkIn}), on a posting that joined the campaign, on one of its days.
     */
    @Transactional
    public Application recordIntent(UUID campaignId, UUID postingId, UUID seekerId, SeekerProfile walkIn) {
        // shared: intents go on side by side, but not past a close (which locks the row for update)
        Campaign campaign = ProblemException.requireFound(
                Campaign.findById(campaignId, LockModeType.PESSIMISTIC_READ), "campaign", campaignId);
        if (!campaign.isRunningOn(today())) {
            throw ProblemException.conflict("campaign.not-running", campaign.startsOn, campaign.endsOn);
        }
        if (((Number) entityManager.createNativeQuery(
                "select count(*) from campaign_posting where campaign_id = :campaign and posting_id = :posting")
                .setParameter("campaign", campaignId).setParameter("posting", postingId).getSingleResult())
                .intValue() == 0) {
            throw ProblemException.invalidField("postingId", "campaign.posting-not-joined");
        }
        // a registered seeker is checked (and locked, not loaded) by submit
        UUID seeker = seekerId != null ? seekerId : seekers.register(null, walkIn, RegisteredBy.WALK_IN).id;
        return applications.submit(postingId, seeker, ApplicationSource.CAMPAIGN, campaignId,
                ApplicationStatus.INTENT_REACHED);
    }

    @Transactional
    public Campaign close(UUID campaignId) {
        Campaign campaign = locked(campaignId);
        if (campaign.status == Campaign.Status.CLOSED) {
            throw ProblemException.conflict("campaign.already-closed");
        }
        campaign.status = Campaign.Status.CLOSED;
        campaign.closedAt = OffsetDateTime.now(clock);
        CampaignFigures f = CampaignFigures.of(entityManager, campaignId);
        events.publish(CampaignEvents.CLOSED, campaignId, new CampaignEvents.CampaignClosed(campaignId,
                f.employers(), f.posts(), f.openings(), f.trades(), f.visitors(), f.intents(), f.hires()));
        return campaign;
    }

    public Campaign find(UUID id) {
        return ProblemException.requireFound(Campaign.findById(id), "campaign", id);
    }

    private Campaign locked(UUID id) {
        return ProblemException.requireFound(Campaign.findById(id, LockModeType.PESSIMISTIC_WRITE), "campaign", id);
    }

    public CampaignFigures figures(UUID id) {
        find(id);
        return CampaignFigures.of(entityManager, id);
    }

    public Map<UUID, CampaignFigures> figures(List<UUID> ids) {
        return CampaignFigures.of(entityManager, ids);
    }

    public PageOf<Campaign> list(PageParams page) {
        return PageOf.of(Campaign.<Campaign> findAll(Sort.by("startsOn", Sort.Direction.Descending).and("id")), page,
                campaign -> campaign);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
