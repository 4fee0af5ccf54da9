package io.unionhub.ops.projection;

import static io.restassured.RestAssured.given;
import static io.unionhub.ops.support.OpsApi.OPS;
import static io.unionhub.ops.support.OpsApi.delta;
import static io.unionhub.ops.support.OpsApi.eventsSeen;
import static io.unionhub.ops.support.OpsApi.figures;
import static io.unionhub.ops.support.OpsApi.get;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.unionhub.kit.problem.ProblemException;
import io.unionhub.kit.problem.ProblemType;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.ops.support.ProgramEvents;

/** A rebuild replays the topics into fresh projections: the same figures as the live ones, nothing counted twice. */
@QuarkusTest
@WithKafkaBroker
class RebuildTest {

    private static final List<String> READS = List.of("/api/ops/figures",
            "/api/ops/top/lowest-coverage-districts?limit=100", "/api/ops/top/employers-with-most-disputes?limit=100",
            "/api/ops/top/overdue-work-orders?limit=100",
            "/api/ops/series/mediation.work-orders-received?every=MONTH&from=2020-01-01&to=2029-12-31",
            "/api/ops/series/employment.intents?every=WEEK&from=2020-01-01&to=2029-12-31&dimension=district:海西区");

    @Inject
    Generations generations;

    @Inject
    EntityManager entityManager;

    @Test
    void aRebuildGivesTheLiveFiguresAndCountsWhatArrivesMeanwhileOnce() throws Exception {
        // (another test may have sent them: a repeat changes nothing)
        for (String program : ProgramEvents.PROGRAMS) {
            ProgramEvents.send(program, ProgramEvents.recorded(program));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            long seen = eventsSeen();
            Thread.sleep(1500);
            return eventsSeen() == seen;
        });
        List<String> live = READS.stream().map(read -> get(read).prettify()).toList();
        var before = figures();

        Response started = given().header("Authorization", OPS).when().post("/api/ops/rebuilds")
                .then().statusCode(202).body("state", equalTo("BUILDING")).extract().response();
        int id = started.jsonPath().getInt("id");
        // events arriving while it replays go to both generations
        List<ObjectNode> meanwhile = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            meanwhile.add(ProgramEvents.example("unionhub.matchmaking.couple.reported.v1", OffsetDateTime.now(),
                    Map.of()));
        }
        ProgramEvents.send("matchmaking", meanwhile);
        // reads keep answering from the live generation meanwhile
        get("/api/ops/figures");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().header("Authorization", OPS).when().get(started.header("Location"))
                        .then().statusCode(200).body("state", equalTo("LIVE")));
        assertEquals(id, generations.live());

        // the live consumer may still be folding them (behind the recorded events' repeats): wait, then count once
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> delta(before, figures(), "matchmaking.couples") >= 50);
        var after = figures();
        assertEquals(50, delta(before, after, "matchmaking.couples"));
        // the meanwhile events put aside (none is in a top list or those series), the rebuilt answers are the live ones
        List<String> rebuilt = READS.stream().map(read -> get(read).prettify()).toList();
        for (int i = 1; i < READS.size(); i++) {
            assertEquals(live.get(i), rebuilt.get(i), READS.get(i));
        }
        var liveFigures = before;
        after.get("matchmaking").put("matchmaking.couples",
                ((Number) after.get("matchmaking").get("matchmaking.couples")).longValue() - 50);
        for (String program : ProgramEvents.PROGRAMS) {
            assertEquals(normalised(liveFigures.get(program)), normalised(after.get(program)), program);
        }
        given().header("Authorization", OPS).when().get("/api/ops/rebuilds/" + (id - 1)).then().statusCode(200)
                .body("state", equalTo("RETIRED"));
    }

    @Test
    void oneRebuildAtATimeOneAbandonedIsReplacedAndOnlyOpsOrAdminsStartOne() {
        Generation building = generations.startBuilding();
        ProblemException refused = assertThrows(ProblemException.class, () -> generations.startBuilding());
        assertEquals(ProblemType.CONFLICT, refused.type());
        given().header("Authorization", OPS).when().post("/api/ops/rebuilds").then().statusCode(409)
                .contentType("application/problem+json");
        // its process gone (no progress for minutes): the next start marks it failed and goes ahead
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update generation set heartbeat_at = now() - interval '10 minutes' where id = :id")
                .setParameter("id", building.id).executeUpdate());
        String next = given().header("Authorization", OPS).when().post("/api/ops/rebuilds").then().statusCode(202)
                .extract().header("Location");
        given().header("Authorization", OPS).when().get("/api/ops/rebuilds/" + building.id).then().statusCode(200)
                .body("state", equalTo("FAILED"));
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().header("Authorization", OPS).when().get(next).then().statusCode(200)
                        .body("state", equalTo("LIVE")));
        given().header("Authorization", TestTokens.bearer("staff-1", "union-staff")).when().post("/api/ops/rebuilds")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", OPS).when().get("/api/ops/rebuilds/999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Counts compare exactly, rates to the last digit that can differ in a sum's order. */
    private static Map<String, Object> normalised(Map<String, Object> figures) {
        Map<String, Object> copy = new java.util.TreeMap<>();
        figures.forEach((name, value) -> copy.put(name, value instanceof Number number
                ? Math.round(number.doubleValue() * 1e9) / 1e9 : value));
        return copy;
    }
}
