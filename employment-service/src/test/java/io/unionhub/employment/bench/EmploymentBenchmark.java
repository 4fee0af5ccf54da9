package io.unionhub.employment.bench;

import static io.unionhub.employment.support.EmploymentApi.asStaff;
import static io.unionhub.employment.support.EmploymentApi.employer;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.employment.posting.PostingSearchText;
import io.unionhub.employment.support.EmploymentApi;
import io.unionhub.employment.support.ServiceDatabase;
import io.unionhub.kit.testing.ParallelPosts;
import io.unionhub.kit.testing.Pgbench;
import io.unionhub.kit.testing.TimedGets;
import io.unionhub.kit.testing.WithKafkaBroker;

/**
 * Not a test: measures the board search over 10,000 live postings (127 trades, Chinese text), matching over 50,000
 * seekers × 10,000 postings, and the rate of on-site intents against pgbench running the same statements, through
 * the REST API against the real database and broker; writes the figures to target/benchmarks.md (copied into
 * docs/benchmarks.md). Run it with {@code ./mvnw -pl employment-service test -Dbenchmarks -Dtest=EmploymentBenchmark}
 * (pgbench must be installed: {@code apt-get install postgresql}). The data are loaded with JDBC batches, not through
 * the API (that is not what is measured); the timed calls go through the service with a plain JDK HTTP client.
 */
@QuarkusTest
@WithKafkaBroker
@Tag("benchmark")
class EmploymentBenchmark {

    private static final int POSTINGS = 10_000;
    private static final int SEEKERS = 50_000;
    private static final int EMPLOYERS = 50;
    private static final int RUNS = 300;
    private static final int WARM_UP = 50;
    private static final int INTENTS = 3_000;
    private static final int THREADS = 16;
    private static final List<String> DISTRICTS = List.of("滨海区", "海西区", "东港区", "盐田区", "高新区");
    private static final List<String> SKILLS = List.of("电焊", "氩弧焊", "砌砖", "抹灰", "驾驶", "叉车", "烹饪",
            "面点", "家务", "护理", "收银", "直播", "电脑", "英语", "装配", "数控", "钳工", "木工", "油漆", "保洁");
    private static final List<String> WORDS = List.of("包吃住", "日结", "长期稳定", "五险一金", "技能培训", "夜班补贴",
            "周末双休", "计件工资", "有经验优先", "可接受新手", "就近上班", "交通补贴");
    private static final List<String> QUERIES = List.of("焊工", "电焊", "家政", "保洁", "快递", "厨师", "服务员",
            "日结", "包吃住", "养老护理", "砌筑", "叉车", "直播", "装配钳工", "五险一金");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    ServiceDatabase database;

    @Test
    void boardSearchMatchingAndIntents() throws Exception {
        Random random = new Random(7);
        List<UUID> employers = new ArrayList<>();
        for (int e = 0; e < EMPLOYERS; e++) {
            employers.add(employer(null, true));
        }
        // a seeker through the API, whose encrypted name and phone the loaded seekers share (the key decrypts them)
        UUID model = EmploymentApi.seeker("滨海区", List.of(EmploymentApi.WELDER), List.of());
        List<String[]> trades = new ArrayList<>();
        List<UUID> postings = new ArrayList<>();
        List<UUID> seekers = new ArrayList<>();
        try (Connection db = database.openConnection()) {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "select code, name_zh, name_en from trade order by code")) {
                while (rs.next()) {
                    trades.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
                }
            }
            loadPostings(db, employers, trades, postings, random);
            loadSeekers(db, model, trades, seekers, random);
            try (Statement st = db.createStatement()) {
                st.execute("analyze posting; analyze seeker; analyze posting_change");
            }
            db.commit();
        }

        List<Double> search = time(i -> {
            String q = QUERIES.get(i % QUERIES.size());
            return switch (i % 5) {
                case 0 -> "/api/employment/board/postings?q=" + encode(q);
                case 1 -> "/api/employment/board/postings?q=" + encode(q) + "&district=" + encode(DISTRICTS.get(i % 5));
                case 2 -> "/api/employment/board/postings?trade=" + trades.get(i % trades.size())[0] + "&gigOnly=true";
                case 3 -> "/api/employment/board/postings?wageFloor=250&wageUnit=DAY&district=" + encode(DISTRICTS.get(i % 5));
                default -> "/api/employment/board/postings?page=" + (i % 20);
            };
        });
        List<Double> jobsForSeeker = time(i -> "/api/employment/matching/seekers/"
                + seekers.get(random.nextInt(seekers.size())) + "/jobs");
        List<Double> seekersForJob = time(i -> "/api/employment/matching/postings/"
                + postings.get(random.nextInt(postings.size())) + "/seekers");

        String campaign = asStaff().body(Map.of("name", "bench fair", "type", "FAIR",
                "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(1).toString(),
                "venue", "市人力资源市场")).post("/api/employment/campaigns").then().statusCode(201).extract().path("id");
        List<UUID> joined = joinAll(campaign, employers);
        // a first round warms the JIT up (a fresh JVM does a fraction of its steady rate), the second is timed
        ParallelPosts intents = new ParallelPosts(port, EmploymentApi.STAFF, THREADS);
        double intentSeconds = 0;
        for (int round = 0; round < 2; round++) {
            int first = round * INTENTS;
            database.outbox().awaitDrained(Duration.ofMinutes(3));
            intentSeconds = intents.post(INTENTS, i -> "/api/employment/campaigns/" + campaign + "/intents",
                    i -> "{\"postingId\":\"" + joined.get(i % joined.size()) + "\",\"seekerId\":\""
                            + seekers.get(first + i) + "\"}", 201);
        }
        double serviceRate = INTENTS / intentSeconds;
        database.outbox().awaitDrained(Duration.ofMinutes(3));
        double pgbenchRate = pgbench(campaign, joined, seekers.subList(2 * INTENTS, seekers.size()));

        String figures = """
                | measure | figure |
                |---|---|
                | board search over %,d live postings, %d trades, Chinese text and filters (%d calls) | p50 %.1f ms, p95 %.1f ms, max %.1f ms |
                | jobs for a seeker, %,d seekers × %,d postings (%d calls) | p50 %.1f ms, p95 %.1f ms, max %.1f ms |
                | seekers for a job (%d calls) | p50 %.1f ms, p95 %.1f ms, max %.1f ms |
                | on-site intents through the service, %d client threads, %,d intents after as many to warm up | %.0f intents/s |
                | pgbench, the same statements, %d clients, same database, right after | %.0f transactions/s |
                | the service as a share of that ceiling | %.0f %% |
                """.formatted(POSTINGS, trades.size(), RUNS, p(search, 50), p(search, 95), p(search, 100), SEEKERS,
                POSTINGS, RUNS, p(jobsForSeeker, 50), p(jobsForSeeker, 95), p(jobsForSeeker, 100), RUNS,
                p(seekersForJob, 50), p(seekersForJob, 95), p(seekersForJob, 100), THREADS, INTENTS, serviceRate,
                THREADS, pgbenchRate, 100 * serviceRate / pgbenchRate);
        Files.writeString(Path.of("target", "benchmarks.md"), figures);
        System.out.println(figures);
    }

    private void loadPostings(Connection db, List<UUID> employers, List<String[]> trades, List<UUID> ids,
            Random random) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into posting (id, employer_id, title, trade_code, description, district, wage_min, wage_max,
                  wage_unit, employment_type, openings, hired, skills, certificates, starts_on, valid_through, status,
                  listed, date_posted, updated_at, search_tokens, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, cast(? as jsonb), '[]', null, ?, 'OPEN', true, ?, ?, ?, 0)""")) {
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 0; i < POSTINGS; i++) {
                String[] trade = trades.get(i % trades.size());
                boolean gig = random.nextInt(4) == 0;
                String title = (gig ? "日结" : "招聘") + trade[1] + " " + WORDS.get(random.nextInt(WORDS.size()));
                String description = trade[1] + "岗位，" + WORDS.get(random.nextInt(WORDS.size())) + "，"
                        + WORDS.get(random.nextInt(WORDS.size())) + "，欢迎有" + SKILLS.get(random.nextInt(SKILLS.size()))
                        + "经验的求职者。";
                int low = gig ? 180 + random.nextInt(8) * 20 : 3500 + random.nextInt(20) * 250;
                UUID id = UUID.randomUUID();
                ids.add(id);
                insert.setObject(1, id);
                insert.setObject(2, employers.get(i % employers.size()));
                insert.setString(3, title);
                insert.setString(4, trade[0]);
                insert.setString(5, description);
                insert.setString(6, DISTRICTS.get(random.nextInt(DISTRICTS.size())));
                insert.setBigDecimal(7, BigDecimal.valueOf(low));
                insert.setBigDecimal(8, BigDecimal.valueOf(low + (gig ? 60 : 1500)));
                insert.setString(9, gig ? "DAY" : "MONTH");
                insert.setString(10, gig ? "PER_DIEM" : "FULL_TIME");
                insert.setInt(11, 5 + random.nextInt(50));
                insert.setString(12, "[\"" + SKILLS.get(random.nextInt(SKILLS.size())) + "\", \""
                        + SKILLS.get(random.nextInt(SKILLS.size())) + "\"]");
                insert.setObject(13, LocalDate.now().plusDays(30 + random.nextInt(300)));
                insert.setObject(14, now.minusMinutes(POSTINGS - i));
                insert.setObject(15, now);
                insert.setString(16, PostingSearchText.tokens(title, trade[1], trade[2], description));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void loadSeekers(Connection db, UUID model, List<String[]> trades, List<UUID> ids, Random random)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into seeker (id, member_id, name, phone, district, township, village, wanted_trades, skills,
                  certificates, earliest_start, gig_wanted, target_groups, registered_by, registered_at, version)
                select ?, null, name, phone, ?, null, null, cast(? as jsonb), cast(? as jsonb), '[]', ?, ?, '[]',
                  'STAFF_SURVEY', now(), 0 from seeker where id = ?""")) {
            for (int i = 0; i < SEEKERS; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                insert.setObject(1, id);
                insert.setString(2, DISTRICTS.get(random.nextInt(DISTRICTS.size())));
                insert.setString(3, "[\"" + trades.get(random.nextInt(trades.size()))[0] + "\", \""
                        + trades.get(random.nextInt(trades.size()))[0] + "\"]");
                insert.setString(4, "[\"" + SKILLS.get(random.nextInt(SKILLS.size())) + "\", \""
                        + SKILLS.get(random.nextInt(SKILLS.size())) + "\", \"" + SKILLS.get(random.nextInt(SKILLS.size()))
                        + "\"]");
                insert.setObject(5, random.nextBoolean() ? null : LocalDate.now().plusDays(random.nextInt(60)));
                insert.setBoolean(6, random.nextInt(3) == 0);
                insert.setObject(7, model);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Each employer joins the campaign with 4 of its postings; the postings joined. */
    @SuppressWarnings("unchecked")
    private List<UUID> joinAll(String campaign, List<UUID> employers) {
        List<UUID> joined = new ArrayList<>();
        for (UUID employerId : employers) {
            List<String> own = asStaff().queryParam("employerId", employerId).queryParam("size", 4)
                    .get("/api/employment/postings").then().statusCode(200).extract().path("items.identifier");
            asStaff().body(Map.of("employerId", employerId.toString(), "postingIds", own))
                    .post("/api/employment/campaigns/" + campaign + "/employers").then().statusCode(200);
            own.forEach(id -> joined.add(UUID.fromString(id)));
        }
        return joined;
    }

    /** pgbench with the intent's statements, on pairs no intent used; answers its transactions per second. */
    private double pgbench(String campaign, List<UUID> postings, List<UUID> seekers) throws Exception {
        try (Connection db = database.openConnection(); Statement st = db.createStatement()) {
            // every (posting, seeker) pair of these once: far more than 20 s of pgbench uses
            st.execute("create table bench_pair (n bigint primary key, posting_id uuid, seeker_id uuid)");
            st.execute("create sequence bench_pair_seq");
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into bench_pair select row_number() over (), p, s
                    from unnest(cast(? as uuid[])) p cross join unnest(cast(? as uuid[])) s""")) {
                insert.setArray(1, db.createArrayOf("uuid", postings.toArray()));
                insert.setArray(2, db.createArrayOf("uuid", seekers.subList(0, 2_000).toArray()));
                insert.executeUpdate();
            }
        }
        double tps = Pgbench.tps(Path.of("bench", "record-intent.pgbench.sql"), THREADS, 20,
                Map.of("campaign", campaign));
        try (Connection db = database.openConnection(); Statement st = db.createStatement()) {
            st.execute("drop table bench_pair");
            st.execute("drop sequence bench_pair_seq");
        }
        return tps;
    }

    private static double p(List<Double> sorted, int percentile) {
        return TimedGets.percentile(sorted, percentile);
    }

    private List<Double> time(IntFunction<String> path) throws Exception {
        return new TimedGets(port, EmploymentApi.STAFF).millis(WARM_UP, RUNS, path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
