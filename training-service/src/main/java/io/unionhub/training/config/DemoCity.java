package io.unionhub.training.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.unionhub.kit.demo.DemoPeople;
import io.unionhub.training.cadre.Cadre;
import io.unionhub.training.cadre.CadreRole;
import io.unionhub.training.cadre.CadreService;
import io.unionhub.training.cadre.CadreService.NewCadre;
import io.unionhub.training.cadre.UnitType;
import io.unionhub.training.campaign.CoverageService;
import io.unionhub.training.campaign.CoverageService.NewCampaign;
import io.unionhub.training.cohort.CohortService;
import io.unionhub.training.cohort.CohortService.NewCohort;
import io.unionhub.training.enrolment.EnrolmentService;
import io.unionhub.training.survey.SurveyService;
import io.unionhub.training.survey.SurveyService.RequestedTopic;
import io.unionhub.training.track.TrackService;

/**
 * With {@code unionhub.training.demo-data=true} ({@code UNIONHUB_TRAINING_DEMO_DATA}), loads a small made-up coastal
 * city into a database that has no cadre yet, so that a first {@code ./unionhub up} has something to show: 5
 * districts, 12 union units, 300 cadres, the "Not one left behind" campaign, 5 coming cohorts of the 2-day and 3-day
 * tracks with their enrolments (two of them full, with a short waitlist) and one cohort's needs survey with its
 * adopted extension module. Once cadres exist it does nothing, so a restart or a real city's data is left alone.
 *
 * <p>Everything goes through the services, one transaction per call as through the API, so the events reach the
 * outbox and Kafka as in real use. A load that fails halfway is not retried (cadres exist by then): drop the training
 * database to start over.
 *
 * <p>No attendance, completions or follow-up visits: they need cohort days that have come, and a cohort cannot be
 * scheduled in the past. Every cadre therefore starts untrained.
 *
 * <p>The content is fixed by a seeded random; names are drawn from common surnames and given names, no real person's.
 */
@ApplicationScoped
public class DemoCity {

    private static final Logger LOG = Logger.getLogger(DemoCity.class);

    /** The "2+3" tracks as seeded by V2__two_plus_three_tracks.sql. */
    private static final UUID TWO_DAY_TRACK = UUID.fromString("2f0c6a4e-1d2b-4c3a-9e1f-000000000002");
    private static final UUID THREE_DAY_TRACK = UUID.fromString("2f0c6a4e-1d2b-4c3a-9e1f-000000000003");

    /** A category of the keyword dictionary seeded by V2, so that the survey's uncategorised requests land in it. */
    private static final String DIGITAL_TRANSFORMATION = "Digital transformation of unions";

    private record Unit(String name, UnitType type, String district, int cadres) {
    }

    /** 300 cadres in all; the English names are for readers only. */
    private static final List<Unit> UNITS = List.of(
            new Unit("滨海水务集团", UnitType.ENTERPRISE, "滨海区", 34), // Binhai Water Group
            new Unit("滨海港务集团", UnitType.ENTERPRISE, "滨海区", 30), // Binhai Port Group
            new Unit("海滨街道", UnitType.STREET, "滨海区", 22), // Haibin Street
            new Unit("海西船舶重工有限公司", UnitType.ENTERPRISE, "海西区", 36), // Haixi Shipbuilding
            new Unit("海西区人民医院", UnitType.INSTITUTION, "海西区", 24), // Haixi People's Hospital
            new Unit("西湾街道", UnitType.STREET, "海西区", 20), // Xiwan Street
            new Unit("东港保税物流园", UnitType.INDUSTRIAL_PARK, "东港区", 26), // Donggang Bonded Logistics Park
            new Unit("渔港镇", UnitType.TOWNSHIP, "东港区", 18), // Yugang fishing township
            new Unit("盐田盐业产业园", UnitType.INDUSTRIAL_PARK, "盐田区", 28), // Yantian Salt Industry Park
            new Unit("盐场镇", UnitType.TOWNSHIP, "盐田区", 16), // Yanchang township
            new Unit("高新人工智能产业园", UnitType.INDUSTRIAL_PARK, "高新区", 32), // Gaoxin AI Industrial Park
            new Unit("高新区新就业形态联合工会", UnitType.OTHER, "高新区", 14)); // joint union of platform workers

    /**
     * A coming cohort: it starts on the Tuesday of the given week from today (a 3-day course then ends on Thursday)
     * and takes that many enrolments from the cadres its track is required for; those beyond capacity are waitlisted.
     */
    private record CohortPlan(UUID trackId, int weeksAhead, String venue, int capacity, int enrolments) {
    }

    /** The first, the nearest 2-day cohort, is the one whose cadres answer the needs survey. */
    private static final List<CohortPlan> COHORTS = List.of(
            new CohortPlan(TWO_DAY_TRACK, 2, "市职工文化宫", 40, 44),
            new CohortPlan(THREE_DAY_TRACK, 3, "市总工会干部学校", 40, 12),
            new CohortPlan(TWO_DAY_TRACK, 5, "滨海区职工服务中心", 40, 43),
            new CohortPlan(TWO_DAY_TRACK, 8, "高新区党群服务中心", 60, 15),
            new CohortPlan(THREE_DAY_TRACK, 9, "海西区工人文化宫", 45, 6));

    /** What the survey's cadres ask to hear, one list per cadre, without a category: the dictionary sorts them. */
    private static final List<List<String>> NEEDS_SURVEY = List.of(
            List.of("工会数字化转型怎么做", "产业工人队伍建设改革"),
            List.of("盐业园区安全班组建设"),
            List.of("Digital tools to reach delivery riders and other platform workers"),
            List.of("智慧工会平台怎么推广", "Safety training for night-shift port workers"),
            List.of("新就业形态劳动者维权", "How to mediate a labour dispute before it reaches arbitration"));

    private record ScheduledCohort(UUID cohortId, List<UUID> enrolledCadreIds) {
    }

    @Inject
    TrainingConfig config;

    @Inject
    CadreService cadres;

    @Inject
    TrackService tracks;

    @Inject
    CoverageService coverage;

    @Inject
    CohortService cohorts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    SurveyService survey;

    // the reads between the services' transactions (cadre count, track, cadre by member id) need a request context
    @ActivateRequestContext
    void load(@Observes StartupEvent start) {
        if (!config.demoData() || Cadre.count() > 0) {
            return;
        }
        LocalDate today = cadres.today();
        List<NewCadre> city = cadresOf(today, new Random(2026));
        int registered = cadres.registerAll(city);
        // no districts: the whole city
        coverage.create(new NewCampaign("不让一个人掉队 Not one left behind", LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear() + 1, 12, 31), List.of()));
        Map<UUID, Iterator<NewCadre>> queues = new HashMap<>();
        List<ScheduledCohort> scheduled = new ArrayList<>();
        for (CohortPlan plan : COHORTS) {
            Iterator<NewCadre> queue = queues.computeIfAbsent(plan.trackId(), track -> queueFor(track, city));
            scheduled.add(scheduleAndEnrol(plan, queue, today));
        }
        answerNeedsSurvey(scheduled.get(0));
        int enrolled = scheduled.stream().mapToInt(cohort -> cohort.enrolledCadreIds().size()).sum();
        LOG.infof("Demo city loaded: %d cadres, %d cohorts, %d enrolments", registered, scheduled.size(), enrolled);
    }

    /** Member ids demo-0001 onwards, unit by unit. */
    private static List<NewCadre> cadresOf(LocalDate today, Random random) {
        List<NewCadre> city = new ArrayList<>();
        for (Unit unit : UNITS) {
            for (int placeInUnit = 0; placeInUnit < unit.cadres(); placeInUnit++) {
                city.add(new NewCadre("demo-%04d".formatted(city.size() + 1), DemoPeople.name(random), unit.name(),
                        unit.type(), unit.district(), roleOf(placeInUnit, random), appointedOn(today, random)));
            }
        }
        return city;
    }

    /** A unit's first cadre chairs it, the second is vice-chair; of the others about one in three is full-time. */
    private static CadreRole roleOf(int placeInUnit, Random random) {
        return switch (placeInUnit) {
            case 0 -> CadreRole.CHAIR;
            case 1 -> CadreRole.VICE_CHAIR;
            default -> random.nextInt(3) == 0 ? CadreRole.FULL_TIME : CadreRole.PART_TIME;
        };
    }

    /** About one in five in the last year ("newly appointed"), none in the last three weeks; the rest since 2015. */
    private static LocalDate appointedOn(LocalDate today, Random random) {
        if (random.nextInt(5) == 0) {
            return today.minusDays(21 + random.nextInt(320));
        }
        LocalDate earliest = LocalDate.of(2015, 1, 1);
        LocalDate latest = today.minusMonths(Cadre.NEWLY_APPOINTED_MONTHS).minusDays(1);
        return earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
    }

    /** The cadres a track is required for, most recently appointed first, as the campaign invites them. */
    private Iterator<NewCadre> queueFor(UUID trackId, List<NewCadre> city) {
        Set<CadreRole> roles = tracks.find(trackId).requiredForRoles;
        return city.stream()
                .filter(cadre -> roles.contains(cadre.role()))
                .sorted(Comparator.comparing(NewCadre::appointedOn, Comparator.reverseOrder())
                        .thenComparing(NewCadre::memberId))
                .iterator();
    }

    private ScheduledCohort scheduleAndEnrol(CohortPlan plan, Iterator<NewCadre> queue, LocalDate today) {
        LocalDate startsOn = today.plusWeeks(plan.weeksAhead()).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        // no core modules given: the track's own
        UUID cohortId = cohorts.schedule(new NewCohort(plan.trackId(), startsOn, plan.venue(), plan.capacity(),
                List.of())).id;
        List<UUID> enrolled = new ArrayList<>();
        for (int i = 0; i < plan.enrolments(); i++) {
            UUID cadreId = cadres.ofMember(queue.next().memberId()).id;
            enrolments.enrol(cohortId, cadreId);
            enrolled.add(cadreId);
        }
        return new ScheduledCohort(cohortId, enrolled);
    }

    /** The first cadres of the cohort say what they want to hear; staff adopt the most wanted category as a module. */
    private void answerNeedsSurvey(ScheduledCohort cohort) {
        for (int i = 0; i < NEEDS_SURVEY.size(); i++) {
            survey.submit(cohort.cohortId(), cohort.enrolledCadreIds().get(i),
                    NEEDS_SURVEY.get(i).stream().map(topic -> new RequestedTopic(topic, null)).toList());
        }
        survey.adopt(cohort.cohortId(), DIGITAL_TRANSFORMATION, "工会数字化转型 Digital transformation of unions");
    }
}
