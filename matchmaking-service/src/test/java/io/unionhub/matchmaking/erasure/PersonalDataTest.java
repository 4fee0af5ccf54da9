package io.unionhub.matchmaking.erasure;

import static io.unionhub.matchmaking.support.MatchmakingApi.as;
import static io.unionhub.matchmaking.support.MatchmakingApi.asStaff;
import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.idNumber;
import static io.unionhub.matchmaking.support.MatchmakingApi.matched;
import static io.unionhub.matchmaking.support.MatchmakingApi.person;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileId;
import static io.unionhub.matchmaking.support.MatchmakingApi.verified;
import static io.unionhub.matchmaking.support.MatchmakingApi.verifiedWorker;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.TopicReader;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;

/**
 * The most sensitive data of the platform: a worker's personal values never appear in clear in the database, the
 * logs or the topic, and an erasure leaves no row that holds or points at them.
 */
@QuarkusTest
@WithKafkaBroker
class PersonalDataTest {

    private static final String TOPIC = "unionhub.matchmaking.events";

    @Inject
    ServiceDatabase database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A worker who did everything: consents, a verification, a like returned, a match, a couple, a note, a report. */
    private static String everything(String canary, String idNumber) {
        Map<String, Object> body = person(true, "20030521", "海西区", 20, 40);
        body.put("legalName", "王" + canary);
        body.put("idNumber", idNumber);
        body.put("contact", "微信 " + canary);
        body.put("selfText", "喜欢 " + canary);
        body.put("occupation", "护士" + canary);
        body.put("interests", List.of("钓鱼" + canary));
        String she = verified(body);
        consent(she, "SHARE_WITH_MATCHMAKER");
        String he = partner(canary);
        String match = matched(he, she);
        asWorker(she).body(Map.of("matchId", match)).post("/api/matchmaking/couples").then().statusCode(201);
        asWorker(she).body(Map.of("profileId", profileId(verifiedWorker(false)), "reason", "骚扰 " + canary))
                .post("/api/matchmaking/reports").then().statusCode(201);
        asWorker(she).body(Map.of("theme", "OUTDOOR", "district", "海西区", "month",
                java.time.YearMonth.now().plusMonths(1).toString())).post("/api/matchmaking/mixer-wishes").then()
                .statusCode(201);
        String matchmaker = "mm-" + UUID.randomUUID().toString().substring(0, 6);
        asStaff().body(Map.of("displayName", "红娘", "district", "海西区")).put("/api/matchmaking/matchmakers/" + matchmaker)
                .then().statusCode(201);
        asStaff().put("/api/matchmaking/matchmakers/" + matchmaker + "/workers/" + profileId(she)).then()
                .statusCode(200);
        as(matchmaker, "matchmaker").body(Map.of("text", "建议 " + canary))
                .post("/api/matchmaking/assigned-workers/" + profileId(she) + "/notes").then().statusCode(201);
        return she;
    }

    @Test
    void personalValuesAppearInClearNowhereNotInTheDatabaseTheLogsOrTheTopic() throws Exception {
        String canary = "CANARY" + UUID.randomUUID().toString().substring(0, 8);
        String idNumber = idNumber("20030521", true);
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()) + " "
                        + (record.getThrown() == null ? "" : record.getThrown().toString()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String she;
        try {
            she = everything(canary, idNumber);
            // a refused input that carries the values is not logged either
            Map<String, Object> refused = person(true, "20030521", "海西区", 20, 40);
            refused.put("idNumber", idNumber);
            refused.put("legalName", canary);
            asWorker("m-" + canary).body(refused).put("/api/matchmaking/profiles/me").then().statusCode(409);
        } finally {
            root.removeHandler(capture);
        }
        for (String value : List.of(canary, idNumber)) {
            assertEquals(List.of(), tablesHolding(value), value + " in clear in the database");
            assertTrue(logged.stream().noneMatch(line -> line.contains(value)), value + " logged");
        }
        database.data().outbox().awaitDrained(Duration.ofSeconds(30));
        String profile = profileId(she);
        try (TopicReader topic = new TopicReader(bootstrapServers, TOPIC)) {
            List<String> events = topic.readUntil(records -> records.stream().anyMatch(r -> r.value().contains(profile))
                    && records.stream().anyMatch(r -> r.value().contains("couple.reported.v1")), Duration.ofSeconds(30)).stream().map(r -> r.value())
                    .toList();
            assertTrue(events.stream().anyMatch(e -> e.contains(profile)), "the worker's events are on the topic");
            assertTrue(events.stream().noneMatch(e -> e.contains(canary) || e.contains(idNumber)
                    || e.contains("FEMALE") || e.contains("NOT_SINGLE")));
        }
    }

    @Test
    void anErasureLeavesNoRowThatHoldsOrPointsAtTheWorkerAndTheFiguresKeepTheirCounts() throws Exception {
        String canary = "ERASE" + UUID.randomUUID().toString().substring(0, 8);
        String idNumber = idNumber("20030521", true);
        String she = everything(canary, idNumber);
        String profile = profileId(she);
        Map<String, Object> before = asStaff().get("/api/matchmaking/figures").then().extract().path("");

        asWorker(she).delete("/api/matchmaking/profiles/me").then().statusCode(204);

        asWorker(she).get("/api/matchmaking/profiles/me").then().statusCode(404);
        assertEquals(List.of(), tablesHolding(profile), "rows still hold the erased profile's id");
        Map<String, Object> after = asStaff().get("/api/matchmaking/figures").then().extract().path("");
        for (String kept : List.of("matches", "couples", "marriages", "weddingCouples")) {
            assertEquals(before.get(kept), after.get(kept), kept);
        }
        assertEquals(((Number) before.get("erasures")).longValue() + 1, ((Number) after.get("erasures")).longValue());
        assertEquals(List.of("{\"profileId\": \"" + profile + "\"}"),
                database.data().outbox().payloads("profile.erased.v1", UUID.fromString(profile)));
        // the person may come back: the ID number is free again
        Map<String, Object> again = person(true, "20030521", "海西区", 20, 40);
        again.put("idNumber", idNumber);
        asWorker(she).body(again).put("/api/matchmaking/profiles/me").then().statusCode(201);
        asWorker(she).get("/api/matchmaking/matches").then().body("", hasSize(0));
        // her partner is no longer in a couple: he may be recommended, and get recommendations, again
        asWorker(PARTNERS.get(canary)).get("/api/matchmaking/recommendations").then().statusCode(200);
    }

    /** The partners of the workers made by everything(), by their canary. */
    private static final Map<String, String> PARTNERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String partner(String canary) {
        String he = verifiedWorker(false);
        PARTNERS.put(canary, he);
        return he;
    }

    /** The tables (but the outbox, whose events carry ids only, and Flyway's) with a row whose text holds the value. */
    private List<String> tablesHolding(String value) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (Connection connection = database.data().openConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename not like '%flyway%' and tablename <> 'outbox'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertFalse(tables.isEmpty());
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table + " t where t::text like '%"
                        + value + "%'")) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        holding.add(table);
                    }
                }
            }
        }
        return holding;
    }
}
