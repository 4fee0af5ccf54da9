package io.unionhub.mediation.bench;

import static io.unionhub.mediation.support.MediationApi.file;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import io.unionhub.kit.testing.ParallelPosts;
import io.unionhub.kit.testing.Pgbench;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.TimedGets;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.mediation.support.ServiceDatabase;

/**
 * Not a test: measures work-order intake through the REST API against pgbench running the same statements (order,
 * audit row, outbox row, the gap-free number), and the figures over 100,000 orders and 5,000 cases of three years;
 * writes the figures to target/benchmarks.md (copied into docs/benchmarks.md). Run it with
 * {@code ./mvnw -pl mediation-service test -Dbenchmarks -Dtest=MediationBenchmark} (pgbench must be installed:
 * {@code apt-get install postgresql}). The three years are loaded with JDBC batches, not through the API (that is not
 * what is measured); the timed calls go through the service with a plain JDK HTTP client.
 */
@QuarkusTest
@WithKafkaBroker
@Tag("benchmark")
class MediationBenchmark {

    private static final int ORDERS = 100_000;
    private static final int CASES = 5_000;
    private static final int INTAKES = 2_000;
    private static final int THREADS = 16;
    private static final int RUNS = 300;
    private static final int WARM_UP = 50;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int YEARS_DAYS = 3 * 365;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String STAFF = TestTokens.bearer("staff-1", "union-staff");
    private static final String CALL = """
            {"channel": "PHONE_12351", "category": "LABOUR_DISPUTE", "complexity": "ORDINARY",
             "callerPhone": "13812345678", "matter": "工地拖欠三个月工资，约两万元。"}""";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    ServiceDatabase database;

    @Test
    void intakeAgainstPgbenchAndFiguresOverThreeYears() throws Exception {
        // intake: a first round warms the JIT up, the second is timed; then pgbench, same statements, same database
        ParallelPosts intakes = new ParallelPosts(port, STAFF, THREADS);
        double intakeSeconds = 0;
        for (int round = 0; round < 2; round++) {
            database.data().outbox().awaitDrained(Duration.ofMinutes(3));
            intakeSeconds = intakes.post(INTAKES, i -> "/api/mediation/work-orders", i -> CALL, 201);
        }
        double serviceRate = INTAKES / intakeSeconds;
        database.data().outbox().awaitDrained(Duration.ofMinutes(3));
        UUID model = file();
        String[] ciphertexts = new String[2];
        try (Connection db = database.data().openConnection(); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select caller_phone, matter from work_order where id = '" + model
                        + "'")) {
            rs.next();
            ciphertexts[0] = rs.getString(1);
            ciphertexts[1] = rs.getString(2);
        }
        double pgbenchRate = Pgbench.tps(Path.of("bench", "receive-order.pgbench.sql"), THREADS, 20,
                Map.of("year", Integer.toString(LocalDate.now(ZONE).getYear()), "phone", ciphertexts[0],
                        "matter", ciphertexts[1]));

        loadThreeYears(ciphertexts);
        List<UUID> centres = new ArrayList<>();
        try (Connection db = database.data().openConnection(); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select id from centre order by code")) {
            while (rs.next()) {
                centres.add(rs.getObject(1, UUID.class));
            }
        }
        List<Double> figures = time(i -> switch (i % 6) {
            case 0 -> "/api/mediation/figures?from=2023-01-01&to=2025-12-31";
            case 1 -> "/api/mediation/figures?from=" + (2023 + i % 3) + "-01-01&to=" + (2023 + i % 3) + "-12-31";
            case 2 -> "/api/mediation/figures?from=2024-%02d-01&to=2024-%02d-28".formatted(1 + i % 12, 1 + i % 12);
            case 3 -> "/api/mediation/figures?from=2023-01-01&to=2025-12-31&centreId=" + centres.get(i % 9);
            case 4 -> "/api/mediation/figures?from=2024-01-01&to=2024-12-31&category=LABOUR_DISPUTE";
            default -> "/api/mediation/figures?from=2025-07-01&to=2025-09-30&centreId=" + centres.get(i % 9)
                    + "&category=LEGAL_SERVICE";
        });

        String table = """
                | measure | figure |
                |---|---|
                | work-order intake through the service, %d client threads, %,d orders after as many to warm up | %.0f orders/s |
                | pgbench, the same statements, %d clients, same database, right after | %.0f transactions/s |
                | the service as a share of that ceiling | %.0f %% |
                | figures over %,d orders and %,d cases of three years: whole span, a year, a month, a centre, a category (%d calls) | p50 %.1f ms, p95 %.1f ms, max %.1f ms |
                """.formatted(THREADS, INTAKES, serviceRate, THREADS, pgbenchRate, 100 * serviceRate / pgbenchRate,
                ORDERS, CASES, RUNS, p(figures, 50), p(figures, 95), p(figures, 100));
        Files.writeString(Path.of("target", "benchmarks.md"), table);
        System.out.println(table);
    }

    /** 100,000 orders received over 2023–2025 (96 % closed, most rated) and 5,000 cases, with JDBC batches. */
    private void loadThreeYears(String[] ciphertexts) throws Exception {
        Random random = new Random(12351);
        List<String> categories = List.of("LEGAL_SERVICE", "LABOUR_DISPUTE", "HARDSHIP_AID", "SUGGESTION",
                "COMPLAINT", "OTHER");
        List<String> complexities = List.of("ORDINARY", "ORDINARY", "ORDINARY", "DIFFICULT", "COMPLEX");
        try (Connection db = database.data().openConnection()) {
            db.setAutoCommit(false);
            List<UUID> centres = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select id from centre")) {
                while (rs.next()) {
                    centres.add(rs.getObject(1, UUID.class));
                }
            }
            List<UUID> disputes = new ArrayList<>();
            List<OffsetDateTime> disputeDays = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into work_order (id, number, channel, category, complexity, caller_member_id, caller_phone,
                      matter, status, centre_id, handler, rating, received_at, closed_at, first_response_due,
                      resolution_due, first_responded_at, version)
                    values (?, ?, 'PHONE_12351', ?, ?, null, ?, ?, ?, ?, 'mediator-01', ?, ?, ?, ?, ?, ?, 0)""")) {
                for (int i = 0; i < ORDERS; i++) {
                    UUID id = UUID.randomUUID();
                    OffsetDateTime received = FIRST_DAY.plusDays(random.nextInt(YEARS_DAYS)).atTime(8, 0)
                            .atZone(ZONE).toOffsetDateTime().plusMinutes(random.nextInt(600));
                    boolean closed = random.nextInt(100) < 96;
                    String category = categories.get(random.nextInt(categories.size()));
                    insert.setObject(1, id);
                    insert.setString(2, "B%d-%07d".formatted(received.getYear(), i));
                    insert.setString(3, category);
                    insert.setString(4, complexities.get(random.nextInt(complexities.size())));
                    insert.setString(5, ciphertexts[0]);
                    insert.setString(6, ciphertexts[1]);
                    insert.setString(7, closed ? "CLOSED" : "IN_PROGRESS");
                    insert.setObject(8, centres.get(random.nextInt(centres.size())));
                    insert.setObject(9, closed ? 3 + random.nextInt(3) : null);
                    insert.setObject(10, received);
                    insert.setObject(11, closed ? received.plusHours(20 + random.nextInt(200)) : null);
                    insert.setObject(12, received.plusHours(24));
                    insert.setObject(13, received.plusDays(7));
                    insert.setObject(14, received.plusMinutes(30 + random.nextInt(2_000)));
                    insert.addBatch();
                    if ("LABOUR_DISPUTE".equals(category) && disputes.size() < CASES) {
                        disputes.add(id);
                        disputeDays.add(received);
                    }
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            loadCases(db, disputes, disputeDays, ciphertexts[1], random);
            try (Statement st = db.createStatement()) {
                st.execute("analyze work_order; analyze mediation_case; analyze agreement_item");
            }
            db.commit();
        }
    }

    private static void loadCases(Connection db, List<UUID> orders, List<OffsetDateTime> days, String ciphertext,
            Random random) throws Exception {
        List<String> outcomes = List.of("PERFORMED", "PERFORMED", "PERFORMED", "AGREED", "BREACHED", "NO_AGREEMENT",
                "LAPSED");
        try (PreparedStatement insertCase = db.prepareStatement("""
                insert into mediation_case (id, number, work_order_id, centre_id, status, received_on, last_day,
                  worker_name, employer_name, employer_credit_code, opened_at, opened_by, worker_signed_at,
                  employer_signed_at, mediator_signed_at, version)
                select ?, ?, w.id, w.centre_id, ?, ?, ?, ?, '海港物流有限公司', '91990200MA2XY4K311', w.received_at,
                  'staff-1', s.signed, s.signed, s.signed, 0 from work_order w
                cross join lateral (select case when ? then w.received_at + interval '10 days' end as signed) s
                where w.id = ?""");
                PreparedStatement insertItem = db.prepareStatement(
                        "insert into agreement_item (case_id, position, kind, amount) values (?, 0, 'UNPAID_WAGES', ?)")) {
            for (int i = 0; i < orders.size(); i++) {
                UUID id = UUID.randomUUID();
                LocalDate receivedOn = days.get(i).atZoneSameInstant(ZONE).toLocalDate();
                String status = outcomes.get(random.nextInt(outcomes.size()));
                insertCase.setObject(1, id);
                insertCase.setString(2, "BMED-%07d".formatted(i));
                insertCase.setString(3, status);
                insertCase.setObject(4, receivedOn);
                insertCase.setObject(5, receivedOn.plusDays(15));
                insertCase.setString(6, ciphertext);
                insertCase.setBoolean(7, List.of("PERFORMED", "AGREED", "BREACHED").contains(status));
                insertCase.setObject(8, orders.get(i));
                insertCase.addBatch();
                if (List.of("PERFORMED", "AGREED", "BREACHED").contains(status)) {
                    insertItem.setObject(1, id);
                    insertItem.setBigDecimal(2, BigDecimal.valueOf(3_000 + random.nextInt(500) * 100L));
                    insertItem.addBatch();
                }
            }
            insertCase.executeBatch();
            insertItem.executeBatch();
        }
    }

    private static double p(List<Double> sorted, int percentile) {
        return TimedGets.percentile(sorted, percentile);
    }

    private List<Double> time(IntFunction<String> path) throws Exception {
        return new TimedGets(port, STAFF).millis(WARM_UP, RUNS, path);
    }
}
