package io.unionhub.matchmaking.config;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.unionhub.kit.demo.DemoPeople;
import io.unionhub.kit.input.ResidentId;
import io.unionhub.matchmaking.consent.ConsentService;
import io.unionhub.matchmaking.consent.Purpose;
import io.unionhub.matchmaking.couple.CoupleService;
import io.unionhub.matchmaking.interest.InterestService;
import io.unionhub.matchmaking.interest.InterestService.Decision;
import io.unionhub.matchmaking.introduction.Introduction;
import io.unionhub.matchmaking.introduction.IntroductionService;
import io.unionhub.matchmaking.matchmaker.MatchmakerService;
import io.unionhub.matchmaking.mixer.Mixer;
import io.unionhub.matchmaking.mixer.MixerService;
import io.unionhub.matchmaking.mixer.MixerService.Plan;
import io.unionhub.matchmaking.mixer.MixerService.VenuePlan;
import io.unionhub.matchmaking.mixer.PickService;
import io.unionhub.matchmaking.mixer.Registration;
import io.unionhub.matchmaking.mixer.RegistrationService;
import io.unionhub.matchmaking.mixer.Theme;
import io.unionhub.matchmaking.mixer.Venue;
import io.unionhub.matchmaking.mixer.WishService;
import io.unionhub.matchmaking.profile.Education;
import io.unionhub.matchmaking.profile.Gender;
import io.unionhub.matchmaking.profile.Profile;
import io.unionhub.matchmaking.profile.ProfileService;
import io.unionhub.matchmaking.profile.ProfileService.Details;
import io.unionhub.matchmaking.verification.RegistryCheck;
import io.unionhub.matchmaking.verification.RegistryCheck.Outcome;
import io.unionhub.matchmaking.verification.VerificationService;

/**
 * With {@code unionhub.matchmaking.demo-data=true} ({@code UNIONHUB_MATCHMAKING_DEMO_DATA}), replays four months of
 * the program into a database with no profile yet: 160 workers register, consent and are checked single by the dev
 * civil-affairs office ({@code civil-affairs-1}); some like each other; three matchmakers get workers and introduce
 * two pairs; workers wish for mixers; a "love train" trip is held (a waitlist, check-in, picks, its close forming
 * the pairs), a Qixi-style fair with a main venue and eight district venues is open for sign-ups; couples are
 * reported, some marry, and a collective wedding is held while another takes registrations. Everything goes through
 * the services on the service's clock, as through the API. Names and numbers are made up (region 990000).
 */
@ApplicationScoped
public class DemoMatchmaking {

    private static final Logger LOG = Logger.getLogger(DemoMatchmaking.class);

    static final int PEOPLE_PER_GENDER = 80;
    private static final String OFFICE = "civil-affairs-1";
    private static final List<String> DISTRICTS = List.of("海西区", "滨海区", "港城区", "东山区", "西湖区", "新城区",
            "高新区", "经开区", "南湾区");
    private static final List<String> MEN_JOBS = List.of("电焊工", "数控车工", "快递员", "电工", "软件工程师", "货车司机",
            "船舶装配工", "质检员");
    private static final List<String> WOMEN_JOBS = List.of("护士", "小学教师", "会计", "纺织工", "客服专员", "药剂师",
            "电子装配工", "幼师");
    private static final List<String> INTERESTS = List.of("钓鱼", "篮球", "烘焙", "徒步", "摄影", "羽毛球", "读书", "唱歌");

    @Inject
    MatchmakingConfig config;

    @Inject
    ServiceClock clock;

    @Inject
    ProfileService profiles;

    @Inject
    ConsentService consents;

    @Inject
    VerificationService verifications;

    @Inject
    InterestService interest;

    @Inject
    MatchmakerService matchmakers;

    @Inject
    IntroductionService introductions;

    @Inject
    WishService wishes;

    @Inject
    MixerService mixers;

    @Inject
    RegistrationService registrations;

    @Inject
    PickService picks;

    @Inject
    CoupleService couples;

    private final Random random = new Random(520);

    @ActivateRequestContext
    void load(@Observes StartupEvent start) {
        if (!config.demoData() || Profile.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        try {
            replay(now);
        } finally {
            clock.live();
        }
        LOG.infof("Demo data: %d profiles, %d mixers, 4 months of the program replayed", Profile.count(),
                Mixer.count());
    }

    private void at(Instant now, int daysAgo) {
        clock.replayAt(now.minus(Duration.ofDays(daysAgo)));
    }

    private void replay(Instant now) {
        at(now, 120);
        List<String> men = new ArrayList<>();
        List<String> women = new ArrayList<>();
        for (int i = 0; i < PEOPLE_PER_GENDER; i++) {
            men.add(register("demo-m-%03d".formatted(i + 1), Gender.MALE, i));
            women.add(register("demo-f-%03d".formatted(i + 1), Gender.FEMALE, i));
        }
        // likes: the first eight pairs liked each other; a few one-sided likes and passes
        at(now, 110);
        List<UUID> matches = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            interest.decide(men.get(i), profileId(women.get(i)), Decision.LIKE);
            matches.add(interest.decide(women.get(i), profileId(men.get(i)), Decision.LIKE));
        }
        for (int i = 8; i < 14; i++) {
            interest.decide(men.get(i), profileId(women.get(i + 1)), Decision.LIKE);
            interest.decide(women.get(i), profileId(men.get(i + 2)), Decision.PASS);
        }
        // three matchmakers, each with workers who consent to sharing; two introductions
        List<String> matchmakerIds = List.of("demo-matchmaker-1", "demo-matchmaker-2", "demo-matchmaker-3");
        for (int m = 0; m < matchmakerIds.size(); m++) {
            matchmakers.register(matchmakerIds.get(m), "红娘 " + DemoPeople.name(random), DISTRICTS.get(m));
        }
        for (int i = 60; i < 72; i++) {
            for (String worker : List.of(men.get(i), women.get(i))) {
                consents.give(worker, Purpose.SHARE_WITH_MATCHMAKER);
                matchmakers.assign(matchmakerIds.get(i % 3), profileId(worker));
            }
        }
        Introduction accepted = introductions.propose(matchmakerIds.get(0), profileId(men.get(60)),
                profileId(women.get(63)));
        introductions.propose(matchmakerIds.get(1), profileId(men.get(61)), profileId(women.get(64)));
        matchmakers.note(matchmakerIds.get(0), profileId(men.get(60)), "性格稳重，建议先线下小范围见面。");
        at(now, 105);
        introductions.answer(men.get(60), accepted.id, true);
        introductions.answer(women.get(63), accepted.id, true);

        // workers' wishes for mixers
        for (int i = 20; i < 56; i++) {
            String worker = i % 2 == 0 ? men.get(i) : women.get(i);
            Theme theme = List.of(Theme.OUTDOOR, Theme.FESTIVAL, Theme.TRIP, Theme.SPORTS).get(i % 4);
            wishes.wish(worker, theme, DISTRICTS.get(i % 3), YearMonth.now(clock).plusMonths(1 + i % 3));
        }

        // a "love train": 25 seats a gender, 30 of each sign up (five wait), one cancels, check-in, picks, close
        at(now, 100);
        OffsetDateTime trainStarts = OffsetDateTime.now(clock).plusDays(14).withHour(8).truncatedTo(ChronoUnit.HOURS);
        Mixer train = mixers.publish(new Plan("“爱情专列”职工联谊游", Theme.TRIP, trainStarts, trainStarts.plusDays(1),
                List.of(new VenuePlan("专列车厢（主会场）", "海西区", true, 25, 25))));
        UUID carriage = mixers.venues(train.id).get(0).id;
        at(now, 95);
        for (int i = 20; i < 50; i++) {
            registrations.register(men.get(i), train.id, carriage);
            registrations.register(women.get(i), train.id, carriage);
        }
        registrations.cancel(women.get(21), train.id);
        clock.replayAt(trainStarts.toInstant().plus(Duration.ofMinutes(30)));
        // read before the check-ins change them (this loader's session keeps what it read)
        List<UUID> aboard = new ArrayList<>();
        for (Registration registration : Registration.<Registration> list("mixerId = ?1 and status = ?2", train.id,
                Registration.Status.CONFIRMED)) {
            aboard.add(registration.profileId);
            registrations.checkIn(train.id, registration.id);
        }
        clock.replayAt(trainStarts.toInstant().plus(Duration.ofHours(20)));
        // nine pairs pick each other in the closing round; others pick one-sidedly
        int pairs = 0;
        for (int i = 20; i < 50 && pairs < 9; i++) {
            String man = men.get(i);
            String woman = women.get(i);
            if (aboard.contains(profileId(man)) && aboard.contains(profileId(woman))) {
                picks.pick(man, train.id, List.of(profileId(woman)));
                picks.pick(woman, train.id, List.of(profileId(man)));
                pairs++;
            }
        }
        for (int i = 40; i < 50; i++) {
            if (aboard.contains(profileId(men.get(i))) && aboard.contains(profileId(women.get(i - 1)))
                    && picks.mine(men.get(i), train.id).isEmpty()) {
                picks.pick(men.get(i), train.id, List.of(profileId(women.get(i - 1))));
            }
        }
        clock.replayAt(trainStarts.toInstant().plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        mixers.close(train.id);

        // couples from the early matches; four marry; a collective wedding is held, another takes registrations
        at(now, 70);
        List<UUID> coupleIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            coupleIds.add(couples.report(men.get(i), matches.get(i)).id);
        }
        at(now, 40);
        for (int i = 0; i < 4; i++) {
            couples.married(women.get(i), coupleIds.get(i), LocalDate.now(clock).minusDays(3 + i));
        }
        UUID held = couples.plan("“工会红娘”集体婚礼（秋季）", LocalDate.now(clock).plusDays(20), "海滨公园", 34).id;
        couples.register(men.get(0), held, coupleIds.get(0));
        couples.register(women.get(1), held, coupleIds.get(1));
        at(now, 5);
        UUID coming = couples.plan("“工会红娘”集体婚礼（新春）", LocalDate.now(clock).plusDays(60), "市工人文化宫", 19).id;
        couples.register(men.get(2), coming, coupleIds.get(2));

        // a Qixi-style fair still open: a main venue and eight district venues, the first sign-ups in
        at(now, 2);
        OffsetDateTime fairStarts = OffsetDateTime.now(clock).plusDays(30).withHour(14).truncatedTo(ChronoUnit.HOURS);
        List<VenuePlan> venues = new ArrayList<>();
        venues.add(new VenuePlan("市工人文化宫（主会场）", DISTRICTS.get(0), true, 300, 300));
        for (String district : DISTRICTS.subList(1, DISTRICTS.size())) {
            venues.add(new VenuePlan(district + "职工之家", district, false, 60, 60));
        }
        Mixer fair = mixers.publish(new Plan("七夕职工联谊会", Theme.FESTIVAL, fairStarts, fairStarts.plusHours(4),
                venues));
        List<Venue> fairVenues = mixers.venues(fair.id);
        for (int i = 50; i < 60; i++) {
            registrations.register(men.get(i), fair.id, fairVenues.get(i % fairVenues.size()).id);
            registrations.register(women.get(i), fair.id, fairVenues.get(i % fairVenues.size()).id);
        }
    }

    /** A worker born between 1990 and 2001, registered, consenting and checked single; their member id. */
    private String register(String memberId, Gender gender, int n) {
        boolean male = gender == Gender.MALE;
        LocalDate born = LocalDate.of(1990 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = "990000" + born.toString().replace("-", "") + "%03d".formatted(n * 2 + (male ? 1 : 0));
        int age = LocalDate.now(clock).getYear() - born.getYear();
        String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        List<String> jobs = male ? MEN_JOBS : WOMEN_JOBS;
        profiles.save(memberId, new Details(gender, born.getYear(), district,
                Education.values()[1 + random.nextInt(4)], male ? 165 + random.nextInt(20) : 152 + random.nextInt(18),
                jobs.get(random.nextInt(jobs.size())), "踏实肯干，希望找到志同道合的另一半。",
                List.of(INTERESTS.get(random.nextInt(4)), INTERESTS.get(4 + random.nextInt(4))),
                "微信 demo-" + memberId, DemoPeople.name(random), first17 + ResidentId.checkCharacterOf(first17),
                Math.max(20, age - (male ? 8 : 3)), age + (male ? 3 : 8),
                List.of(district, DISTRICTS.get(random.nextInt(DISTRICTS.size()))), Education.SENIOR_HIGH));
        for (Purpose purpose : List.of(Purpose.MATCHING, Purpose.SHOW_TO_RECOMMENDED, Purpose.REGISTRY_CHECK)) {
            consents.give(memberId, purpose);
        }
        RegistryCheck check = RegistryCheck.find("profileId = ?1 and outcome is null", profileId(memberId))
                .firstResult();
        verifications.answer(check.id, Outcome.SINGLE, LocalDate.now(clock), OFFICE);
        return memberId;
    }

    private UUID profileId(String memberId) {
        return profiles.mine(memberId).id;
    }
}
