package io.unionhub.mediation.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.unionhub.kit.demo.DemoPeople;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.mediation.centre.Centre;
import io.unionhub.mediation.mediationcase.AgentKind;
import io.unionhub.mediation.mediationcase.CaseLapses;
import io.unionhub.mediation.mediationcase.CaseService;
import io.unionhub.mediation.mediationcase.CaseService.Actor;
import io.unionhub.mediation.mediationcase.CaseService.AgentDetails;
import io.unionhub.mediation.mediationcase.CaseService.Application;
import io.unionhub.mediation.mediationcase.CaseService.ClaimDetails;
import io.unionhub.mediation.mediationcase.CaseService.ItemDetails;
import io.unionhub.mediation.mediationcase.CaseService.Parties;
import io.unionhub.mediation.mediationcase.CaseStatus;
import io.unionhub.mediation.mediationcase.ClaimKind;
import io.unionhub.mediation.mediationcase.ConflictKind;
import io.unionhub.mediation.mediationcase.MediationCase;
import io.unionhub.mediation.mediationcase.Party;
import io.unionhub.mediation.mediator.MediatorService;
import io.unionhub.mediation.sla.SlaCheck;
import io.unionhub.mediation.workorder.Category;
import io.unionhub.mediation.workorder.Channel;
import io.unionhub.mediation.workorder.Complexity;
import io.unionhub.mediation.workorder.WorkOrder;
import io.unionhub.mediation.workorder.WorkOrderService;
import io.unionhub.mediation.workorder.WorkOrderService.Intake;

/**
 * With {@code unionhub.mediation.demo-data=true} ({@code UNIONHUB_MEDIATION_DEMO_DATA}), replays a year of the
 * hotline into a database that has no work order yet: three mediators at each of the nine centres, about a call a
 * day handled through every step (a few replied late, left unclosed or reopened), the SLA check and the 15-day clock
 * run every evening, and mediation cases opened from about half the labour disputes — most reaching an agreement that
 * is then carried out or breached, some ending without agreement, some lapsing, a few with a mediator who declared a
 * conflict. The last weeks' orders and cases are still under way. Once orders exist it does nothing.
 *
 * <p>Everything goes through the services, one transaction per step as through the API, with the service's clock
 * moved to each step's moment, so deadlines, figures and events are what that year would have made. Names and
 * numbers are made up ({@link DemoPeople}).
 */
@ApplicationScoped
public class DemoMediationYear {

    private static final Logger LOG = Logger.getLogger(DemoMediationYear.class);

    static final int DAYS = 365;
    static final int MEDIATORS_PER_CENTRE = 3;
    static final int EMPLOYERS = 40;
    private static final String STAFF = "demo-staff";
    private static final List<String> FIRMS = List.of("海港物流", "船舶修造", "盐业化工", "水产加工", "电子科技", "纺织服装",
            "建筑工程", "家政服务", "餐饮管理", "冷链运输");
    private static final Map<Category, String> MATTERS = Map.of(
            Category.LEGAL_SERVICE, "咨询劳动合同到期不续签的经济补偿如何计算。",
            Category.HARDSHIP_AID, "家中老人重病住院，申请困难职工帮扶。",
            Category.SUGGESTION, "建议园区增设夜班职工通勤班车。",
            Category.LABOUR_DISPUTE, "用人单位拖欠数月工资，多次催要未果。",
            Category.COMPLAINT, "反映单位未按规定安排带薪年休假。",
            Category.OTHER, "咨询工会会员服务卡办理。");

    @Inject
    MediationConfig config;

    @Inject
    ServiceClock clock;

    @Inject
    MediatorService mediators;

    @Inject
    WorkOrderService orders;

    @Inject
    CaseService cases;

    @Inject
    SlaCheck slaCheck;

    @Inject
    CaseLapses lapses;

    @ActivateRequestContext
    void load(@Observes StartupEvent start) {
        if (!config.demoData() || WorkOrder.count() > 0) {
            return;
        }
        Replay replay = new Replay(Instant.now());
        try {
            replay.run();
        } finally {
            clock.live();
        }
        LOG.infof("Demo data: a year of the hotline replayed, %d work orders and %d mediation cases (%d steps refused "
                + "by a rule)", WorkOrder.count(), MediationCase.count(), replay.refused);
    }

    /** One moment's work, in the order of the moments (and of scheduling, for two at the same moment). */
    private record Step(Instant at, long order, Runnable action) {
    }

    /** The year: a queue of steps, each scheduling the next ones of its order or case. */
    private final class Replay {

        private final Instant end;
        private final Random random = new Random(12351);
        private final PriorityQueue<Step> steps =
                new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::order));
        private final Map<UUID, List<String>> rosters = new HashMap<>();
        private final List<UUID> centres = new ArrayList<>();
        private long scheduled;
        private int agreements;
        private int refused;

        Replay(Instant end) {
            this.end = end;
        }

        void run() {
            clock.replayAt(end.minus(Duration.ofDays(DAYS + 1)));
            registerMediators();
            LocalDate first = LocalDate.now(clock).plusDays(1);
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = first.plusDays(d);
                int calls = random.nextInt(3); // 0, 1 or 2: about one a day
                for (int c = 0; c < calls; c++) {
                    at(during(day), this::receive);
                }
                at(day.atTime(18, 30).atZone(config.zone()).toInstant(), () -> {
                    slaCheck.check();
                    lapses.check();
                });
            }
            // this morning's calls: one just in, one assigned, one started; and a dispute in mediation since
            at(end.minus(Duration.ofHours(6)), this::freshDispute);
            for (int stage = 0; stage < 3; stage++) {
                int handledSteps = stage;
                at(end.minus(Duration.ofMinutes(50 - 10L * stage)), () -> freshCall(handledSteps));
            }
            while (!steps.isEmpty()) {
                Step step = steps.poll();
                clock.replayAt(step.at());
                try {
                    step.action().run();
                } catch (ProblemException refusedByARule) {
                    refused++; // anything else is a defect, and fails the start (the demo test sees it)
                }
            }
        }

        private void registerMediators() {
            int n = 0;
            for (Centre centre : Centre.<Centre> listAll(Sort.by("code"))) {
                centres.add(centre.id);
                List<String> roster = new ArrayList<>();
                for (int m = 0; m < MEDIATORS_PER_CENTRE; m++) {
                    String memberId = "mediator-%02d".formatted(++n);
                    mediators.register(memberId, new MediatorService.Details(DemoPeople.name(random), centre.id, true));
                    roster.add(memberId);
                }
                rosters.put(centre.id, roster);
            }
        }

        /** Schedules a step; one past the end of the year (now) stays undone, so recent work is under way. */
        private void at(Instant at, Runnable action) {
            if (at.isBefore(end)) {
                steps.add(new Step(at, scheduled++, action));
            }
        }

        private Instant during(LocalDate day) {
            return day.atTime(8, 30).atZone(config.zone()).toInstant().plusSeconds(random.nextInt(9 * 3600));
        }

        private Instant later(Instant from, int minMinutes, int maxMinutes) {
            return from.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
        }

        private <T> T pick(List<T> values, int... weights) {
            int roll = random.nextInt(Arrays.stream(weights).sum());
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return values.get(i);
                }
            }
            throw new IllegalArgumentException("weights");
        }

        private void freshCall(int handledSteps) {
            WorkOrder order = orders.receive(new Intake(Channel.PHONE_12351, Category.LEGAL_SERVICE,
                    Complexity.ORDINARY, null, DemoPeople.mobile(random), MATTERS.get(Category.LEGAL_SERVICE), null),
                    STAFF);
            UUID centre = centres.get(random.nextInt(centres.size()));
            String handler = rosters.get(centre).get(0);
            if (handledSteps > 0) {
                at(later(Instant.now(clock), 1, 3), () -> orders.assign(order.id, centre, handler, "属地处理", STAFF));
            }
            if (handledSteps > 1) {
                at(later(Instant.now(clock), 4, 6), () -> orders.start(order.id, handler));
            }
        }

        private void freshDispute() {
            WorkOrder order = orders.receive(new Intake(Channel.WALK_IN, Category.LABOUR_DISPUTE,
                    Complexity.DIFFICULT, "demo-m-00001", null, MATTERS.get(Category.LABOUR_DISPUTE), null), STAFF);
            UUID centre = centres.get(0);
            String handler = rosters.get(centre).get(0);
            orders.assign(order.id, centre, handler, "属地处理", STAFF);
            orders.start(order.id, handler);
            openCase(order, centre);
        }

        private void receive() {
            Category category = pick(List.of(Category.LEGAL_SERVICE, Category.LABOUR_DISPUTE, Category.HARDSHIP_AID,
                    Category.SUGGESTION, Category.COMPLAINT, Category.OTHER), 38, 30, 14, 8, 7, 3);
            Complexity complexity = pick(List.of(Complexity.ORDINARY, Complexity.DIFFICULT, Complexity.COMPLEX),
                    72, 20, 8);
            Channel channel = pick(List.of(Channel.PHONE_12351, Channel.APP, Channel.WEB, Channel.WALK_IN,
                    Channel.COURT_REFERRAL), 58, 16, 9, 12, 5);
            boolean anonymous = channel == Channel.PHONE_12351 && random.nextInt(3) == 0;
            String member = anonymous ? null : "demo-m-%05d".formatted(random.nextInt(30_000));
            WorkOrder order = orders.receive(new Intake(channel, category, complexity, member,
                    anonymous ? DemoPeople.mobile(random) : null, MATTERS.get(category), null), STAFF);
            UUID centre = centres.get(random.nextInt(centres.size()));
            String handler = rosters.get(centre).get(random.nextInt(MEDIATORS_PER_CENTRE));
            Instant assigned = later(Instant.now(clock), 15, 240);
            at(assigned, () -> orders.assign(order.id, centre, handler, "属地处理", STAFF));
            Instant started = later(assigned, 30, 600);
            at(started, () -> orders.start(order.id, handler));
            // about one in sixteen gets its first reply after the deadline
            int limitHours = config.sla().get(complexity.name().toLowerCase(Locale.ROOT))
                    .firstResponseHours();
            Instant replied = random.nextInt(16) == 0 ? later(order.firstResponseDue.toInstant(), 60, 30 * 60)
                    : later(started, 20, Math.max(30, (limitHours - 12) * 60));
            at(replied, () -> orders.reply(order.id, "已电话答复并告知处理途径", handler));
            if (random.nextInt(50) == 0) {
                return; // waiting on the caller: never followed up, not closed
            }
            followUpAndClose(order.id, replied);
            if (category == Category.LABOUR_DISPUTE && random.nextInt(2) == 0) {
                at(later(started, 60, 2 * 24 * 60), () -> openCase(order, centre));
            }
        }

        private void followUpAndClose(UUID order, Instant replied) {
            Instant followedUp = later(replied, 18 * 60, 4 * 24 * 60);
            int rating = pick(List.of(5, 4, 3, 2), 70, 20, 7, 3);
            at(followedUp, () -> orders.followUp(order, rating, rating >= 4 ? "满意" : "处理偏慢", STAFF));
            Instant closed = later(followedUp, 10, 300);
            at(closed, () -> orders.close(order, STAFF));
            if (random.nextInt(60) == 0) {
                Instant reopened = later(closed, 3 * 24 * 60, 10 * 24 * 60);
                at(reopened, () -> orders.reopen(order, "来电反映问题仍未解决", STAFF));
                Instant repliedAgain = later(reopened, 60, 24 * 60);
                at(repliedAgain, () -> orders.reply(order, "再次协调后答复", STAFF));
                followUpAndClose(order, repliedAgain);
            }
        }

        private void openCase(WorkOrder order, UUID centre) {
            int employer = random.nextInt(EMPLOYERS);
            BigDecimal wages = BigDecimal.valueOf(3_000 + random.nextInt(580) * 100L);
            List<ClaimDetails> claims = new ArrayList<>(List.of(new ClaimDetails(ClaimKind.UNPAID_WAGES, wages,
                    "拖欠工资")));
            if (random.nextInt(3) == 0) {
                claims.add(new ClaimDetails(ClaimKind.SOCIAL_INSURANCE, null, "未缴社会保险"));
            }
            List<AgentDetails> agents = random.nextInt(3) == 0 ? List.of(new AgentDetails(Party.WORKER,
                    AgentKind.UNION_LEGAL_AID, DemoPeople.name(random) + "律师", null, null)) : List.of();
            MediationCase opened = cases.open(new Application(order.id, centre, LocalDate.now(clock),
                    new Parties(order.callerMemberId, DemoPeople.name(random), DemoPeople.mobile(random),
                            FIRMS.get(employer % FIRMS.size()) + "有限公司（" + (employer + 1) + "）",
                            DemoPeople.creditCode(1_000 + employer)),
                    claims, agents), STAFF);
            List<String> roster = rosters.get(centre);
            int chosen = random.nextInt(roster.size());
            if (random.nextInt(12) == 0) {
                cases.declare(opened.id, roster.get((chosen + 1) % roster.size()), ConflictKind.RELATIVE, null);
            }
            String mediator = roster.get(chosen);
            cases.declare(opened.id, mediator, ConflictKind.NONE, null);
            Actor taking = new Actor(mediator, false);
            cases.assignMediator(opened.id, mediator, taking);
            mediate(opened.id, wages, taking);
        }

        private void mediate(UUID id, BigDecimal wages, Actor mediator) {
            Instant session = Instant.now(clock);
            int sessions = 1 + random.nextInt(3);
            for (int s = 0; s < sessions; s++) {
                session = later(session, 20 * 60, 3 * 24 * 60);
                Instant heldAt = session;
                at(heldAt, () -> cases.holdSession(id, heldAt.atZone(config.zone()).toOffsetDateTime(),
                        "双方陈述，调解员释法说理。", mediator));
            }
            int outcome = random.nextInt(100);
            Instant concluded = later(session, 30, 120);
            if (outcome < 68) {
                BigDecimal agreed = wages.multiply(BigDecimal.valueOf(70 + random.nextInt(31)))
                        .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
                int days = 10 + random.nextInt(21);
                at(concluded, () -> agree(id, agreed, days, mediator));
            } else if (outcome < 85) {
                at(concluded, () -> cases.noAgreement(id, "用人单位不同意调解方案", mediator));
            }
            // else: nobody moves, and the evening's clock check finds it lapsed
        }

        private void agree(UUID id, BigDecimal pay, int days, Actor mediator) {
            LocalDate performBy = LocalDate.now(clock).plusDays(days);
            cases.draftAgreement(id, "用人单位于" + performBy + "前一次性支付拖欠工资" + pay + "元。",
                    List.of(new ItemDetails(ClaimKind.UNPAID_WAGES, pay)), performBy, mediator);
            for (Party party : Party.values()) {
                cases.sign(id, party, mediator);
            }
            Instant due = performBy.atStartOfDay(config.zone()).toInstant();
            if (++agreements % 8 != 0) { // one in eight is breached
                at(later(due.minus(Duration.ofDays(5)), 9 * 60, 17 * 60),
                        () -> cases.recordPerformance(id, CaseStatus.PERFORMED, "款项已到账", mediator));
            } else {
                at(later(due.plus(Duration.ofDays(2)), 9 * 60, 17 * 60),
                        () -> cases.recordPerformance(id, CaseStatus.BREACHED, "到期未支付", mediator));
            }
        }
    }
}
