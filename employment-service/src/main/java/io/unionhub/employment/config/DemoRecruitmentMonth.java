package io.unionhub.employment.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.unionhub.employment.application.Application;
import io.unionhub.employment.application.ApplicationService;
import io.unionhub.employment.application.ApplicationSource;
import io.unionhub.employment.application.ApplicationStatus;
import io.unionhub.employment.campaign.Campaign;
import io.unionhub.employment.campaign.CampaignService;
import io.unionhub.employment.campaign.CampaignService.NewCampaign;
import io.unionhub.employment.campaign.CampaignType;
import io.unionhub.employment.employer.Employer;
import io.unionhub.employment.employer.EmployerService;
import io.unionhub.employment.employer.EmployerService.EmployerDetails;
import io.unionhub.employment.posting.EmploymentType;
import io.unionhub.employment.posting.Posting;
import io.unionhub.employment.posting.PostingService;
import io.unionhub.employment.posting.PostingService.PostingDetails;
import io.unionhub.employment.posting.WageUnit;
import io.unionhub.employment.seeker.RegisteredBy;
import io.unionhub.employment.seeker.Seeker;
import io.unionhub.employment.seeker.SeekerService;
import io.unionhub.employment.seeker.SeekerService.SeekerProfile;
import io.unionhub.employment.seeker.TargetGroup;
import io.unionhub.employment.trade.Trade;
import io.unionhub.kit.demo.DemoPeople;

/**
 * With {@code unionhub.employment.demo-data=true} ({@code UNIONHUB_EMPLOYMENT_DEMO_DATA}), loads a private enterprise
 * recruitment month into a database that has no employer yet, in the seed's proportions: 210 employers (200
 * verified, 10 waiting), 1,050 postings over the seeded trades, 1,200 surveyed seekers, the month's campaign (begun
 * ten days ago) joined by every verified employer, visitors counted on its days so far, 820 on-site intents of which
 * 160 hired, and 300 ordinary applications. Once employers exist it does nothing.
 *
 * <p>Everything goes through the services, one transaction per call as through the API, so the events reach the
 * outbox and Kafka as in real use. Names and phone numbers are drawn from common ones by a seeded random; no real
 * person's, and the credit codes use a region code no real region has (99xxxx).
 */
@ApplicationScoped
public class DemoRecruitmentMonth {

    private static final Logger LOG = Logger.getLogger(DemoRecruitmentMonth.class);

    private static final List<String> DISTRICTS = List.of("滨海区", "海西区", "东港区", "盐田区", "高新区");
    private static final List<String> TOWNSHIPS = List.of("盐场镇", "渔港镇", "西湾镇", "东岙乡", "南塘镇");
    private static final List<String> FIRM_WORDS = List.of("海港", "船舶", "盐业", "物流", "食品", "水产", "电子",
            "纺织", "建工", "家政", "餐饮", "机械", "新材料", "光伏", "冷链", "包装", "家具", "汽配", "印刷", "物业");
    private static final List<String> FIRM_KINDS = List.of("有限公司", "股份有限公司", "集团有限公司", "合作社",
            "服务有限公司");

    static final int EMPLOYERS = 210;
    static final int PENDING_EMPLOYERS = 10;
    static final int POSTINGS_PER_EMPLOYER = 5;
    static final int SEEKERS = 1_200;
    static final int INTENTS = 820;
    static final int HIRES = 160;
    static final int APPLICATIONS = 300;

    @Inject
    EmploymentConfig config;

    @Inject
    EmployerService employers;

    @Inject
    PostingService postings;

    @Inject
    SeekerService seekers;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @ActivateRequestContext
    void load(@Observes StartupEvent start) {
        if (!config.demoData() || Employer.count() > 0) {
            return;
        }
        Random random = new Random(2026);
        LocalDate today = postings.today();
        List<Trade> trades = Trade.listAll(Sort.by("code"));
        List<Employer> verified = new ArrayList<>();
        List<UUID> open = new ArrayList<>();
        for (int e = 0; e < EMPLOYERS; e++) {
            String district = DISTRICTS.get(e % DISTRICTS.size());
            Employer employer = employers.register(new EmployerDetails(DemoPeople.creditCode(e),
                    firmName(e, district, random), district, DemoPeople.name(random) + "经理",
                    DemoPeople.mobile(random)), null);
            if (e >= PENDING_EMPLOYERS) {
                employer = employers.verify(employer.id, true, employer.name, "demo-staff");
                verified.add(employer);
            }
            for (int p = 0; p < POSTINGS_PER_EMPLOYER; p++) {
                Trade trade = trades.get((e * POSTINGS_PER_EMPLOYER + p) % trades.size());
                Posting posting = postings.publish(employer, posting(trade, district, today, random));
                if (employer.isVerified()) {
                    open.add(posting.id);
                }
            }
        }
        List<UUID> seekerIds = new ArrayList<>();
        List<SeekerProfile> surveyed = new ArrayList<>();
        for (int s = 0; s < SEEKERS; s++) {
            surveyed.add(seeker(trades, random));
        }
        seekers.registerAll(surveyed, RegisteredBy.STAFF_SURVEY);
        Seeker.<Seeker> findAll(Sort.by("registeredAt").and("id")).list().forEach(s -> seekerIds.add(s.id));

        Campaign month = campaigns.open(new NewCampaign("民营企业招聘月 Private enterprise recruitment month",
                CampaignType.RECRUITMENT_MONTH, today.minusDays(10), today.plusDays(20), "市人力资源市场",
                null, List.of(TargetGroup.BORDER_POLICE_FAMILY, TargetGroup.HARDSHIP)));
        for (Employer employer : verified) {
            List<UUID> own = Posting.<Posting> list("employerId", employer.id).stream().map(p -> p.id).toList();
            campaigns.join(month.id, employer, own);
        }
        for (int day = 0; day <= 10; day++) {
            campaigns.countVisitors(month.id, today.minusDays(10 - day), 800 + random.nextInt(700));
        }
        int intents = 0;
        int hires = 0;
        for (int i = 0; i < INTENTS; i++) {
            Application intent = campaigns.recordIntent(month.id, open.get((i * 7) % open.size()),
                    seekerIds.get(i % seekerIds.size()), null);
            intents++;
            if (i % (INTENTS / HIRES) == 0 && hires < HIRES) {
                applications.move(intent.id, ApplicationStatus.HIRED);
                hires++;
            }
        }
        for (int a = 0; a < APPLICATIONS; a++) {
            applications.submit(open.get((a * 13 + 3) % open.size()), seekerIds.get(SEEKERS - 1 - a),
                    ApplicationSource.STAFF, null, ApplicationStatus.SUBMITTED);
        }
        LOG.infof("Demo recruitment month loaded: %d employers, %d postings, %d seekers, %d intents, %d hires",
                EMPLOYERS, EMPLOYERS * POSTINGS_PER_EMPLOYER, SEEKERS, intents, hires);
    }

    private static String firmName(int e, String district, Random random) {
        return district.substring(0, 2) + FIRM_WORDS.get(e % FIRM_WORDS.size())
                + FIRM_KINDS.get(random.nextInt(FIRM_KINDS.size())) + (e >= FIRM_WORDS.size() ? "（" + (e / FIRM_WORDS.size() + 1) + "）" : "");
    }

    private static PostingDetails posting(Trade trade, String district, LocalDate today, Random random) {
        boolean gig = random.nextInt(4) == 0;
        WageUnit unit = gig ? WageUnit.DAY : WageUnit.MONTH;
        int low = gig ? 180 + random.nextInt(8) * 20 : 3500 + random.nextInt(20) * 250;
        int high = low + (gig ? 60 : 1500);
        return new PostingDetails((gig ? "日结" : "招聘") + trade.nameZh, trade.code,
                trade.nameZh + "岗位，" + (gig ? "按日结算，" : "缴纳五险，") + "欢迎" + district + "及周边求职者。", district,
                BigDecimal.valueOf(low), BigDecimal.valueOf(high), unit,
                gig ? EmploymentType.PER_DIEM : EmploymentType.FULL_TIME, 2 + random.nextInt(9), List.of(), List.of(),
                null, today.plusDays(20 + random.nextInt(60)));
    }

    private static SeekerProfile seeker(List<Trade> trades, Random random) {
        String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        List<String> wanted = List.of(trades.get(random.nextInt(trades.size())).code,
                trades.get(random.nextInt(trades.size())).code);
        List<TargetGroup> groups = switch (random.nextInt(10)) {
            case 0 -> List.of(TargetGroup.BORDER_POLICE_FAMILY);
            case 1 -> List.of(TargetGroup.HARDSHIP);
            case 2 -> List.of(TargetGroup.RETURNED_MIGRANT);
            default -> List.of();
        };
        return new SeekerProfile(DemoPeople.name(random), DemoPeople.mobile(random), district,
                TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size())), null, wanted, List.of(), List.of(), null,
                random.nextInt(3) == 0, groups);
    }
}
