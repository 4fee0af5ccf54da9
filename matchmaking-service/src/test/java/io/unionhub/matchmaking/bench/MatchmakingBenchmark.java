package io.unionhub.matchmaking.bench;

import static io.unionhub.matchmaking.support.MatchmakingApi.asStaff;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileId;
import static io.unionhub.matchmaking.support.MatchmakingApi.verifiedWorker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.TimedGets;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;
import io.unionhub.matchmaking.support.TestClock;

/**
 * Not a test: measures reciprocal top-10 recommendations with 100,000 verified profiles (each call by another
 * worker), and closing three mixers of 1,200 participants in nine venues (picks, mutual pairs formed as matches,
 * their events); writes the figures to target/benchmarks.md (copied into docs/benchmarks.md). Run it with
 * {@code ./mvnw -pl matchmaking-service test -Dbenchmarks -Dtest=MatchmakingBenchmark}. Profiles, sign-ups and
 * picks are loaded with JDBC batches (not what is measured); the timed calls go through the service over HTTP.
 */
@QuarkusTest
@WithKafkaBroker
@Tag("benchmark")
class MatchmakingBenchmark {

    private static final int PROFILES = 100_000;
    private static final int VIEWERS = 400;
    private static final int WARM_UP = 100;
    private static final int MIXERS = 3;
    private static final int PER_GENDER_PER_VENUE = 67; // nine venues: 1,206 participants
    private static final int VENUES = 9;
    private static final int PICKS_EACH = 3;
    private static final List<String> DISTRICTS = List.of("海西区", "滨海区", "港城区", "东山区", "西湖区", "新城区",
            "高新区", "经开区", "南湾区", "北岸区", "云台区", "青山区");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    ServiceDatabase database;

    @Inject
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void recommendationsAtOneHundredThousandProfilesAndClosingBigMixers() throws Exception {
        String model = profileId(verifiedWorker(true));
        loadProfiles(UUID.fromString(model));
        List<Double> recommendations = new TimedGets(port,
                i -> TestTokens.bearer("bench-" + (i * 7919 % PROFILES), "worker"))
                .millis(WARM_UP, VIEWERS, i -> "/api/matchmaking/recommendations?size=10");

        List<Double> closes = new ArrayList<>();
        List<Integer> pairs = new ArrayList<>();
        for (int m = 0; m < MIXERS; m++) {
            JsonPath mixer = publishNineVenues();
            int mutual = signUpAndPick(mixer, m);
            clock.setTo(OffsetDateTime.parse(mixer.getString("startsAt")).toInstant().plus(Duration.ofHours(5)));
            long start = System.nanoTime();
            JsonPath closed = asStaff().post("/api/matchmaking/mixers/" + mixer.getString("mixerId") + "/close")
                    .then().statusCode(200).extract().jsonPath();
            closes.add((System.nanoTime() - start) / 1e6);
            if (closed.getInt("pairs") != mutual) {
                throw new IllegalStateException("the close formed " + closed.getInt("pairs") + " pairs, not " + mutual);
            }
            pairs.add(mutual);
            clock.reset();
        }

        String table = """
                | measure | figure |
                |---|---|
                | reciprocal top-10 recommendations, %,d verified profiles (one in ten wanting any district), %d calls each by another worker (after %d to warm up) | p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms |
                | closing a mixer of %,d participants in %d venues, %d picks each (%s mutual pairs formed as matches, with their events) | %s ms |
                """.formatted(PROFILES, VIEWERS, WARM_UP, TimedGets.percentile(recommendations, 50),
                TimedGets.percentile(recommendations, 95), TimedGets.percentile(recommendations, 99),
                TimedGets.percentile(recommendations, 100), 2 * PER_GENDER_PER_VENUE * VENUES, VENUES, PICKS_EACH,
                pairs, closes.stream().map(ms -> "%.0f".formatted(ms)).toList());
        Files.writeString(Path.of("target", "benchmarks.md"), table);
        System.out.println(table);
    }

    /** 100,000 verified profiles, half of each gender, born 1980–2004, wanting ages around their own. */
    private void loadProfiles(UUID model) throws Exception {
        Random random = new Random(1314);
        try (Connection db = database.data().openConnection()) {
            db.setAutoCommit(false);
            String[] sealed = new String[6];
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select occupation, self_text,"
                    + " interests, contact, legal_name, id_number from profile where id = '" + model + "'")) {
                rs.next();
                for (int c = 0; c < sealed.length; c++) {
                    sealed[c] = rs.getString(c + 1);
                }
            }
            int year = LocalDate.now(clock).getYear();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into profile (id, member_id, gender, birth_year, district, education, height_cm, occupation,
                      self_text, interests, contact, legal_name, id_number, pref_age_min, pref_age_max, pref_districts,
                      pref_education_floor, matching_consent, registry_consent, showing_consent, sharing_consent,
                      verification, verified_until, registered_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, true, true, false, 'VERIFIED', ?,
                      now(), now(), 0)""")) {
                for (int i = 0; i < PROFILES; i++) {
                    boolean male = i % 2 == 0;
                    int born = 1980 + random.nextInt(25);
                    int age = year - born;
                    String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "bench-" + i);
                    insert.setString(3, male ? "MALE" : "FEMALE");
                    insert.setInt(4, born);
                    insert.setString(5, district);
                    insert.setString(6, List.of("SENIOR_HIGH", "VOCATIONAL", "JUNIOR_COLLEGE", "BACHELOR")
                            .get(random.nextInt(4)));
                    insert.setInt(7, male ? 165 + random.nextInt(20) : 152 + random.nextInt(18));
                    for (int c = 0; c < sealed.length; c++) {
                        insert.setString(8 + c, sealed[c]);
                    }
                    insert.setInt(14, Math.max(20, age - (male ? 6 : 2) - random.nextInt(3)));
                    insert.setInt(15, age + (male ? 2 : 6) + random.nextInt(3));
                    // one in ten wants any district
                    insert.setString(16, i % 10 == 3 ? ""
                            : district + "," + DISTRICTS.get(random.nextInt(DISTRICTS.size())));
                    insert.setString(17, random.nextBoolean() ? "SENIOR_HIGH" : null);
                    insert.setObject(18, LocalDate.now(clock).plusMonths(5));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            // what autovacuum does after a bulk load: statistics, and the visibility map an index-only scan needs
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("vacuum analyze profile");
            }
        }
    }

    /** A mixer tomorrow: a main venue and eight district venues, 67 seats a gender each. */
    private JsonPath publishNineVenues() {
        OffsetDateTime starts = OffsetDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        List<Map<String, Object>> venues = new ArrayList<>();
        for (int v = 0; v < VENUES; v++) {
            venues.add(Map.of("name", "会场 " + v, "district", DISTRICTS.get(v), "main", v == 0, "maleSeats",
                    PER_GENDER_PER_VENUE, "femaleSeats", PER_GENDER_PER_VENUE));
        }
        return asStaff().body(Map.of("title", "七夕职工联谊会", "theme", "FESTIVAL", "startsAt", starts.toString(),
                "endsAt", starts.plusHours(4).toString(), "venues", venues)).post("/api/matchmaking/mixers").then()
                .statusCode(201).extract().jsonPath();
    }

    /**
     * Every seat taken by bench profiles (mixer m takes its own), all checked in; each participant picks three of
     * the other gender at their venue, the n-th man and the n-th woman of a venue picking each other among them.
     * Answers the mutual pairs.
     */
    private int signUpAndPick(JsonPath mixer, int m) throws Exception {
        UUID mixerId = UUID.fromString(mixer.getString("mixerId"));
        Random random = new Random(m);
        int mutual = 0;
        try (Connection db = database.data().openConnection()) {
            db.setAutoCommit(false);
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement(
                    "select id from profile where member_id = ?")) {
                for (int i = 0; i < 2 * PER_GENDER_PER_VENUE * VENUES; i++) {
                    select.setString(1, "bench-" + (m * 2 * PER_GENDER_PER_VENUE * VENUES + i));
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            try (PreparedStatement register = db.prepareStatement("""
                    insert into mixer_registration (id, mixer_id, venue_id, profile_id, gender, status, registered_at,
                      checked_in_at) values (?, ?, ?, ?, ?, 'CONFIRMED', now(), now())""");
                    PreparedStatement pick = db.prepareStatement(
                            "insert into mixer_pick (mixer_id, picker_id, picked_id) values (?, ?, ?)")) {
                for (int v = 0; v < VENUES; v++) {
                    UUID venue = UUID.fromString(mixer.getString("venues[" + v + "].venueId"));
                    List<UUID> men = new ArrayList<>();
                    List<UUID> women = new ArrayList<>();
                    for (int k = 0; k < 2 * PER_GENDER_PER_VENUE; k++) {
                        // bench-i is a man for even i: the ids alternate man, woman
                        UUID id = ids.get(v * 2 * PER_GENDER_PER_VENUE + k);
                        (k % 2 == 0 ? men : women).add(id);
                        register.setObject(1, UUID.randomUUID());
                        register.setObject(2, mixerId);
                        register.setObject(3, venue);
                        register.setObject(4, id);
                        register.setString(5, k % 2 == 0 ? "MALE" : "FEMALE");
                        register.addBatch();
                    }
                    for (int k = 0; k < PER_GENDER_PER_VENUE; k++) {
                        List<UUID> hisPicks = picks(women, k, random);
                        List<UUID> herPicks = picks(men, k, random);
                        for (UUID picked : hisPicks) {
                            addPick(pick, mixerId, men.get(k), picked);
                        }
                        for (UUID picked : herPicks) {
                            addPick(pick, mixerId, women.get(k), picked);
                        }
                    }
                }
                register.executeBatch();
                pick.executeBatch();
            }
            db.commit();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                    select count(*) from mixer_pick a join mixer_pick b on b.mixer_id = a.mixer_id
                      and b.picker_id = a.picked_id and b.picked_id = a.picker_id
                    where a.mixer_id = '%s' and a.picker_id < a.picked_id""".formatted(mixerId))) {
                rs.next();
                mutual = rs.getInt(1);
            }
        }
        return mutual;
    }

    /** Three of the other gender: the k-th among them (a likely mutual pick), and two at random. */
    private static List<UUID> picks(List<UUID> others, int k, Random random) {
        List<UUID> chosen = new ArrayList<>(List.of(others.get(k)));
        while (chosen.size() < PICKS_EACH) {
            UUID one = others.get(random.nextInt(others.size()));
            if (!chosen.contains(one)) {
                chosen.add(one);
            }
        }
        return chosen;
    }

    private static void addPick(PreparedStatement pick, UUID mixer, UUID picker, UUID picked) throws Exception {
        pick.setObject(1, mixer);
        pick.setObject(2, picker);
        pick.setObject(3, picked);
        pick.addBatch();
    }
}
