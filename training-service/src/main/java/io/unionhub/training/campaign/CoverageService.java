package io.unionhub.training.campaign;

import static io.unionhub.training.cadre.CadreService.TRAINED;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.rest.PageOf;
import io.unionhub.kit.rest.PageParams;
import io.unionhub.training.cadre.Cadre;
import io.unionhub.training.cadre.CadreRole;
import io.unionhub.training.cohort.Cohort;
import io.unionhub.training.enrolment.EnrolmentService;
import io.unionhub.training.survey.SurveyService;
import io.unionhub.training.survey.TopicKeyword;
import io.unionhub.training.survey.TopicRequest;
import io.unionhub.training.track.Track;

/**
 * A campaign's figures. Coverage = cadres in scope who completed the track their role requires ÷ cadres in scope,
 * overall, per district and per union unit. The projection extrapolates the pace of completions since the campaign
 * started to the cadres still untrained.
 */
@ApplicationScoped
public class CoverageService {

    /** Cadres of the campaign's scope: the whole city, or its districts. */
    private static final String IN_SCOPE = "(select jsonb_array_length(m.districts) = 0 "
            + "or m.districts @> jsonb_build_array(c.district) from campaign m where m.id = :campaign)";

    @Inject
    EntityManager entityManager;

    @Inject
    EnrolmentService enrolments;

    @Inject
    SurveyService survey;

    @Inject
    Clock clock;

    public record NewCampaign(String name, LocalDate startsOn, LocalDate endsOn, List<String> districts) {
    }

    public record Share(String name, long cadres, long trained, double coverage) {
    }

    public record Projection(long completionsSoFar, double completionsPerMonth, long untrained,
            LocalDate projectedCompletion, boolean onTrack, double neededPerMonth) {
    }

    public record Coverage(UUID campaignId, LocalDate asOf, long cadres, long trained, double coverage,
            List<Share> byDistrict, List<Share> byUnit, Projection projection) {
    }

    public record InvitationRun(int invited, int withoutPlace) {
    }

    public record TopicDelivery(String category, long requests, long cohortsAsking, long cohortsDelivering) {
    }

    @Transactional
    public Campaign create(NewCampaign request) {
        if (!request.endsOn().isAfter(request.startsOn())) {
            throw ProblemException.ruleViolated("campaign.ends-before-start");
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = request.name();
        campaign.startsOn = request.startsOn();
        campaign.endsOn = request.endsOn();
        campaign.districts = request.districts() == null ? List.of() : List.copyOf(request.districts());
        campaign.createdAt = OffsetDateTime.now(clock);
        campaign.persist();
        return campaign;
    }

    public PageOf<Campaign> list(PageParams page) {
        return PageOf.of(Campaign.<Campaign>findAll(io.quarkus.panache.common.Sort.by("startsOn").descending()
                .and("name")), page, c -> c);
    }

    public Campaign find(UUID id) {
        return ProblemException.requireFound(Campaign.findById(id), "campaign", id);
    }

    public Coverage coverage(UUID campaignId) {
        Campaign campaign = find(campaignId);
        LocalDate today = LocalDate.now(clock);
        List<Share> byDistrict = new ArrayList<>();
        List<Share> byUnit = new ArrayList<>();
        for (Object[] row : shares(campaign)) {
            long cadres = ((Number) row[2]).longValue();
            long trained = ((Number) row[3]).longValue();
            if (row[0] != null) {
                byDistrict.add(new Share((String) row[0], cadres, trained, ratio(trained, cadres)));
            } else {
                byUnit.add(new Share((String) row[1], cadres, trained, ratio(trained, cadres)));
            }
        }
        long cadres = byDistrict.stream().mapToLong(Share::cadres).sum();
        long trained = byDistrict.stream().mapToLong(Share::trained).sum();
        return new Coverage(campaign.id, today, cadres, trained, ratio(trained, cadres), byDistrict, byUnit,
                project(campaign, today, cadres - trained));
    }

    @SuppressWarnings("unchecked")
    public PageOf<Cadre> untrained(UUID campaignId, PageParams page) {
        Campaign campaign = find(campaignId);
        String where = " from cadre c where " + IN_SCOPE + " and not " + TRAINED;
        Query select = scoped(entityManager.createNativeQuery(
                "select c.*" + where + " order by c.appointed_on desc, c.member_id", Cadre.class), campaign);
        Query count = scoped(entityManager.createNativeQuery("select count(*)" + where), campaign);
        List<Cadre> items = select.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList();
        return new PageOf<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Invites every untrained cadre in scope not yet invited, newly appointed first, to the next cohorts of their
     * required track that start after today and still have room (places minus confirmed enrolments minus
     * invitations already out).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public InvitationRun inviteUntrained(UUID campaignId) {
        // one run per campaign at a time; the cohorts are locked as enrolment locks them, so room stays true
        Campaign campaign = ProblemException.requireFound(
                Campaign.<Campaign>findById(campaignId, LockModeType.PESSIMISTIC_WRITE), "campaign", campaignId);
        LocalDate today = LocalDate.now(clock);
        List<Cadre> untrained = scoped(entityManager.createNativeQuery("select c.* from cadre c where " + IN_SCOPE
                + " and not " + TRAINED + " and not exists (select 1 from invitation i where i.campaign_id = "
                + ":campaign and i.cadre_id = c.id) order by c.appointed_on desc, c.member_id", Cadre.class),
                campaign).getResultList();
        Map<CadreRole, Track> requiredTracks = new EnumMap<>(CadreRole.class);
        Map<UUID, List<Cohort>> cohortsByTrack = new HashMap<>();
        Map<UUID, Long> room = new HashMap<>();
        int invited = 0;
        int withoutPlace = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Cadre cadre : untrained) {
            Track track = requiredTracks.computeIfAbsent(cadre.role, Track::requiredFor);
            List<Cohort> cohorts = track == null ? List.of() : cohortsByTrack.computeIfAbsent(track.id,
                    id -> Cohort.<Cohort>find("trackId = ?1 and enrolmentOpen = true and startsOn > ?2 "
                            + "order by startsOn, id", id, today).withLock(LockModeType.PESSIMISTIC_WRITE).list());
            Cohort place = cohorts.stream().filter(c -> room.computeIfAbsent(c.id, this::freePlaces) > 0)
                    .findFirst().orElse(null);
            if (place == null) {
                withoutPlace++;
                continue;
            }
            room.merge(place.id, -1L, Long::sum);
            Invitation invitation = new Invitation();
            invitation.id = UUID.randomUUID();
            invitation.campaignId = campaign.id;
            invitation.cadreId = cadre.id;
            invitation.cohortId = place.id;
            invitation.invitedAt = now;
            invitation.persist();
            invited++;
        }
        return new InvitationRun(invited, withoutPlace);
    }

    public PageOf<Invitation> invitations(UUID campaignId, PageParams page) {
        find(campaignId);
        return PageOf.of(Invitation.<Invitation>find("campaignId = ?1 order by invitedAt, cohortId, id", campaignId),
                page, i -> i);
    }

    /**
     * What the campaign's cadres asked for in needs surveys (cohorts starting within its period) against the cohorts
     * that delivered an extension module for it.
     */
    @SuppressWarnings("unchecked")
    public List<TopicDelivery> topicsReport(UUID campaignId) {
        Campaign campaign = find(campaignId);
        List<TopicRequest> requests = scoped(entityManager.createNativeQuery("""
                select r.* from topic_request r join cadre c on c.id = r.cadre_id join cohort h on h.id = r.cohort_id
                where h.starts_on between :from and :to and""" + " " + IN_SCOPE, TopicRequest.class), campaign)
                .setParameter("from", campaign.startsOn).setParameter("to", campaign.endsOn)
                .getResultList();
        Map<UUID, List<TopicRequest>> byCohort = requests.stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.cohortId));
        // the cohorts and the keywords read once, not per cohort
        Map<UUID, Cohort> cohorts = byCohort.isEmpty() ? Map.of()
                : Cohort.<Cohort>list("id in ?1", byCohort.keySet()).stream()
                        .collect(java.util.stream.Collectors.toMap(c -> c.id, c -> c));
        List<TopicKeyword> keywords = survey.keywords();
        Map<String, long[]> byCategory = new LinkedHashMap<>();
        byCohort.forEach((cohortId, asked) -> {
            Cohort cohort = cohorts.get(cohortId);
            survey.countByCategory(asked, keywords).forEach((category, count) -> {
                long[] figures = byCategory.computeIfAbsent(category, k -> new long[3]);
                figures[0] += count;
                figures[1]++;
                if (cohort.extensionModules.stream().anyMatch(m -> m.category().equals(category))) {
                    figures[2]++;
                }
            });
        });
        List<TopicDelivery> report = new ArrayList<>();
        byCategory.forEach((category, f) -> report.add(new TopicDelivery(category, f[0], f[1], f[2])));
        report.sort(java.util.Comparator.comparingLong(TopicDelivery::requests).reversed()
                .thenComparing(TopicDelivery::category));
        return report;
    }

    /** Places minus confirmed enrolments minus invitations still out (an invited cadre who enrolled counts once). */
    private long freePlaces(UUID cohortId) {
        Cohort cohort = Cohort.findById(cohortId);
        long invitationsOut = (Long) entityManager.createQuery("""
                select count(i) from Invitation i where i.cohortId = :cohort and not exists (
                    select 1 from Enrolment e where e.cohortId = i.cohortId and e.cadreId = i.cadreId
                    and e.status <> io.unionhub.training.enrolment.EnrolmentStatus.CANCELLED)""")
                .setParameter("cohort", cohortId).getSingleResult();
        return cohort.capacity - enrolments.confirmedCount(cohortId) - invitationsOut;
    }

    /**
     * Cadres and trained cadres in scope per district and per unit, in one pass: rows (district, null, n, trained)
     * and (null, unit, n, trained). The trained set is computed once and joined, not probed cadre by cadre.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> shares(Campaign campaign) {
        return scoped(entityManager.createNativeQuery("""
                with scope as (select c.id, c.district, c.union_unit, c.role from cadre c join campaign m
                               on m.id = :campaign and (jsonb_array_length(m.districts) = 0
                                                        or m.districts @> jsonb_build_array(c.district))),
                trained as (select distinct k.cadre_id from completion k join track t on t.id = k.track_id
                            join scope c on c.id = k.cadre_id where t.required_for_roles @> jsonb_build_array(c.role))
                select c.district, c.union_unit, count(*), count(t.cadre_id) from scope c
                left join trained t on t.cadre_id = c.id
                group by grouping sets ((c.district), (c.union_unit))
                order by c.district nulls last, c.union_unit"""), campaign).getResultList();
    }

    private Projection project(Campaign campaign, LocalDate today, long untrained) {
        long completions = ((Number) scoped(entityManager.createNativeQuery("""
                select count(*) from completion k join cadre c on c.id = k.cadre_id join track t on t.id = k.track_id
                where t.required_for_roles @> jsonb_build_array(c.role) and k.completed_on between :from and :to
                and""" + " " + IN_SCOPE), campaign)
                .setParameter("from", campaign.startsOn).setParameter("to", today)
                .getSingleResult()).longValue();
        double monthsElapsed = Math.max(1, ChronoUnit.DAYS.between(campaign.startsOn, today) + 1) / 30.44;
        double monthsLeft = Math.max(0, ChronoUnit.DAYS.between(today, campaign.endsOn)) / 30.44;
        double pace = completions / monthsElapsed;
        LocalDate projected = untrained == 0 ? today
                : pace > 0 ? today.plusDays((long) Math.ceil(untrained / pace * 30.44)) : null;
        boolean onTrack = projected != null && !projected.isAfter(campaign.endsOn);
        double needed = untrained == 0 ? 0 : monthsLeft > 0 ? untrained / monthsLeft : untrained;
        return new Projection(completions, round(pace), untrained, projected, onTrack, round(needed));
    }

    private static Query scoped(Query query, Campaign campaign) {
        return query.setParameter("campaign", campaign.id);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
