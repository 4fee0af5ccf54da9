package io.unionhub.matchmaking.mixer;

import static io.unionhub.matchmaking.support.MatchmakingApi.asStaff;
import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileId;
import static io.unionhub.matchmaking.support.MatchmakingApi.registered;
import static io.unionhub.matchmaking.support.MatchmakingApi.verifiedWorker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;
import io.unionhub.matchmaking.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class MixerTest {

    private static final String MIXERS = "/api/matchmaking/mixers";

    @Inject
    TestClock clock;

    @Inject
    ServiceDatabase database;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private OffsetDateTime tomorrowAfternoon() {
        return OffsetDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.MINUTES).withOffsetSameInstant(ZoneOffset.ofHours(8));
    }

    /** A mixer tomorrow with a main venue of the seats given and a district venue; its JSON. */
    private JsonPath publish(int maleSeats, int femaleSeats) {
        OffsetDateTime starts = tomorrowAfternoon();
        return asStaff().body(Map.of("title", "七夕职工联谊会", "theme", "FESTIVAL", "startsAt", starts.toString(),
                "endsAt", starts.plusHours(4).toString(), "venues", List.of(
                        Map.of("name", "市工人文化宫", "district", "海西区", "main", true, "maleSeats", maleSeats,
                                "femaleSeats", femaleSeats),
                        Map.of("name", "滨海区职工之家", "district", "滨海区", "main", false, "maleSeats", 5,
                                "femaleSeats", 5))))
                .post(MIXERS).then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath signUp(String member, String mixer, String venue) {
        return asWorker(member).body(Map.of("venueId", venue)).post(MIXERS + "/" + mixer + "/registrations").then()
                .statusCode(201).extract().jsonPath();
    }

    /** Moves the service's clock to the mixer's start. */
    private void startOf(JsonPath mixer) {
        clock.setTo(OffsetDateTime.parse(mixer.getString("startsAt")).toInstant().plusSeconds(60));
    }

    @Test
    void aMixerHasOneMainVenueAndStartsInTheFuture() {
        OffsetDateTime starts = tomorrowAfternoon();
        Map<String, Object> venue = Map.of("name", "分会场", "district", "滨海区", "main", false, "maleSeats", 5,
                "femaleSeats", 5);
        asStaff().body(Map.of("title", "t", "theme", "SPORTS", "startsAt", starts.toString(), "endsAt",
                starts.plusHours(2).toString(), "venues", List.of(venue))).post(MIXERS).then().statusCode(400)
                .body("errors[0].field", equalTo("venues"));
        asStaff().body(Map.of("title", "t", "theme", "SPORTS", "startsAt", starts.minusDays(2).toString(), "endsAt",
                starts.plusHours(2).toString(), "venues", List.of(venue))).post(MIXERS).then().statusCode(400);
        asStaff().body(Map.of("title", "t", "theme", "TRIP", "startsAt", starts.toString(), "endsAt",
                starts.plusDays(8).toString(), "venues", List.of(Map.of("name", "主会场", "district", "海西区", "main",
                        true, "maleSeats", 5, "femaleSeats", 5)))).post(MIXERS).then().statusCode(400)
                .body("errors[0].field", equalTo("endsAt"));
        asWorker(registered(true)).body(Map.of()).post(MIXERS).then().statusCode(403);
    }

    @Test
    void concurrentSignUpsNeverOverbookAGendersSeatsAndTheRestWaitInOrder() throws Exception {
        JsonPath mixer = publish(3, 4);
        String id = mixer.getString("mixerId");
        String main = mixer.getString("venues[0].venueId");
        List<String> women = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            women.add(verifiedWorker(true));
        }
        String man = verifiedWorker(false);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (String woman : women) {
            Callable<String> signUp = () -> {
                gate.await();
                return signUp(woman, id, main).getString("status");
            };
            answers.add(pool.submit(signUp));
        }
        gate.countDown();
        int confirmed = 0;
        for (Future<String> answer : answers) {
            confirmed += answer.get().equals("CONFIRMED") ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(4, confirmed);
        // the men's seats are their own
        assertEquals("CONFIRMED", signUp(man, id, main).getString("status"));
        asStaff().get(MIXERS + "/" + id + "/figures").then().statusCode(200).body("venues[0].women.confirmed",
                equalTo(4)).body("venues[0].women.waitlisted", equalTo(6)).body("venues[0].men.confirmed", equalTo(1));
        asWorker(man).get(MIXERS + "/" + id).then().body("venues[0].femaleSeatsLeft", equalTo(0))
                .body("venues[0].maleSeatsLeft", equalTo(2));

        // the waitlist's order: positions 1..6 in arrival order; a confirmed seat cancelled goes to the first
        List<Map<String, Object>> signUps = asStaff().queryParam("size", 100).get(MIXERS + "/" + id + "/registrations")
                .then().extract().path("items");
        List<UUID> waiting = signUps.stream().filter(r -> r.get("status").equals("WAITLISTED"))
                .map(r -> UUID.fromString((String) r.get("profileId"))).toList();
        String firstWaiting = women.stream().filter(w -> profileId(w).equals(waiting.get(0).toString())).findFirst()
                .orElseThrow();
        String secondWaiting = women.stream().filter(w -> profileId(w).equals(waiting.get(1).toString())).findFirst()
                .orElseThrow();
        asWorker(firstWaiting).get(MIXERS + "/" + id + "/registrations/me").then().body("waitlistPosition", equalTo(1));
        asWorker(secondWaiting).get(MIXERS + "/" + id + "/registrations/me").then().body("waitlistPosition", equalTo(2));
        String confirmedOne = women.stream().filter(w -> asWorker(w).get(MIXERS + "/" + id + "/registrations/me")
                .then().extract().path("status").equals("CONFIRMED")).findFirst().orElseThrow();
        asWorker(confirmedOne).delete(MIXERS + "/" + id + "/registrations/me").then().statusCode(204);
        asWorker(firstWaiting).get(MIXERS + "/" + id + "/registrations/me").then().body("status", equalTo("CONFIRMED"))
                .body("waitlistPosition", nullValue());
        asWorker(secondWaiting).get(MIXERS + "/" + id + "/registrations/me").then().body("waitlistPosition", equalTo(1));
        assertEquals(1, database.data().outbox().payloads("mixer.registration-promoted.v1", UUID.fromString(id)).size());
        // once per mixer; not an unverified worker; not a venue of another mixer
        asWorker(man).body(Map.of("venueId", main)).post(MIXERS + "/" + id + "/registrations").then().statusCode(409);
        asWorker(registered(true)).body(Map.of("venueId", main)).post(MIXERS + "/" + id + "/registrations").then()
                .statusCode(422);
        asWorker(verifiedWorker(true)).body(Map.of("venueId", publish(1, 1).getString("venues[0].venueId")))
                .post(MIXERS + "/" + id + "/registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("venueId"));
    }

    @Test
    void mutualPicksAfterTheMixerBecomeMatchesAtTheClose() {
        JsonPath mixer = publish(10, 10);
        String id = mixer.getString("mixerId");
        String main = mixer.getString("venues[0].venueId");
        String district = mixer.getString("venues[1].venueId");
        String a = verifiedWorker(false);
        String b = verifiedWorker(false);
        String x = verifiedWorker(true);
        String y = verifiedWorker(true);
        String elsewhere = verifiedWorker(true);
        String absent = verifiedWorker(true);
        Map<String, String> registration = new java.util.HashMap<>();
        for (String member : List.of(a, b, x, y, absent)) {
            registration.put(member, signUp(member, id, main).getString("registrationId"));
        }
        registration.put(elsewhere, signUp(elsewhere, id, district).getString("registrationId"));
        // too early to check in, or to pick
        asStaff().post(MIXERS + "/" + id + "/registrations/" + registration.get(a) + "/check-in").then().statusCode(409);
        asWorker(a).get(MIXERS + "/" + id + "/participants").then().statusCode(409);
        asStaff().post(MIXERS + "/" + id + "/close").then().statusCode(409);

        startOf(mixer);
        for (String member : List.of(a, b, x, y, elsewhere)) {
            asStaff().post(MIXERS + "/" + id + "/registrations/" + registration.get(member) + "/check-in").then()
                    .statusCode(200).body("checkedInAt", org.hamcrest.Matchers.notNullValue());
        }
        // the people I may pick: the other gender, checked in at my venue
        asWorker(a).get(MIXERS + "/" + id + "/participants").then().statusCode(200).body("", hasSize(2));
        asWorker(absent).get(MIXERS + "/" + id + "/participants").then().statusCode(409);
        asWorker(a).body(Map.of("profileIds", List.of(profileId(elsewhere)))).put(MIXERS + "/" + id + "/picks").then()
                .statusCode(400).body("errors[0].field", equalTo("profileIds[0]"));
        asWorker(a).body(Map.of("profileIds", List.of(profileId(x), profileId(absent))))
                .put(MIXERS + "/" + id + "/picks").then().statusCode(400).body("errors[0].field", equalTo("profileIds[1]"));

        asWorker(a).body(Map.of("profileIds", List.of(profileId(x), profileId(y)))).put(MIXERS + "/" + id + "/picks")
                .then().statusCode(200);
        asWorker(x).body(Map.of("profileIds", List.of(profileId(a)))).put(MIXERS + "/" + id + "/picks").then()
                .statusCode(200);
        asWorker(y).body(Map.of("profileIds", List.of(profileId(b)))).put(MIXERS + "/" + id + "/picks").then()
                .statusCode(200);
        asWorker(b).body(Map.of("profileIds", List.of(profileId(x)))).put(MIXERS + "/" + id + "/picks").then()
                .statusCode(200);
        // b changes his mind: y, who picked him
        asWorker(b).body(Map.of("profileIds", List.of(profileId(y)))).put(MIXERS + "/" + id + "/picks").then()
                .statusCode(200);
        asWorker(b).get(MIXERS + "/" + id + "/picks").then().body("profileIds", equalTo(List.of(profileId(y))));

        // picks go on until the end; the close comes after it
        asStaff().post(MIXERS + "/" + id + "/close").then().statusCode(409);
        clock.setTo(OffsetDateTime.parse(mixer.getString("endsAt")).toInstant().plusSeconds(60));
        asStaff().post(MIXERS + "/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("pairs", equalTo(2)).body("attended", equalTo(5)).body("confirmed", equalTo(6))
                .body("picks", equalTo(5)).body("mutualPicks", equalTo(2));
        asWorker(a).get("/api/matchmaking/matches").then().body("profileId", equalTo(List.of(profileId(x))));
        asWorker(y).get("/api/matchmaking/matches").then().body("profileId", equalTo(List.of(profileId(b))));
        asStaff().post(MIXERS + "/" + id + "/close").then().statusCode(409);
        asWorker(a).body(Map.of("profileIds", List.of(profileId(y)))).put(MIXERS + "/" + id + "/picks").then()
                .statusCode(409);
        // an erasure of a participant leaves the closed mixer's figures as they were
        String before = asStaff().get(MIXERS + "/" + id + "/figures").then().extract().asString();
        asWorker(a).delete("/api/matchmaking/profiles/me").then().statusCode(204);
        assertEquals(JsonPath.from(before).getMap(""),
                asStaff().get(MIXERS + "/" + id + "/figures").then().extract().jsonPath().getMap(""));
        List<String> closed = database.data().outbox().payloads("mixer.closed.v1", UUID.fromString(id));
        assertEquals(1, closed.size());
        assertEquals(Map.of("mixerId", id, "registered", 6, "attended", 5, "pairs", 2),
                JsonPath.from(closed.get(0)).getMap(""));
    }

    @Test
    void wishesAreGroupedForStaffTheMostWishedFirst() {
        String month = OffsetDateTime.now(clock).plus(Duration.ofDays(40)).toString().substring(0, 7);
        String district = "区" + UUID.randomUUID().toString().substring(0, 5);
        for (int i = 0; i < 3; i++) {
            asWorker(registered(i % 2 == 0)).body(Map.of("theme", "OUTDOOR", "district", district, "month", month))
                    .post("/api/matchmaking/mixer-wishes").then().statusCode(201);
        }
        String one = registered(true);
        asWorker(one).body(Map.of("theme", "DINNER", "district", district, "month", month))
                .post("/api/matchmaking/mixer-wishes").then().statusCode(201);
        asWorker(one).body(Map.of("theme", "DINNER", "district", district, "month", month))
                .post("/api/matchmaking/mixer-wishes").then().statusCode(409);
        asWorker(one).body(Map.of("theme", "DINNER", "district", district, "month", "2020-01"))
                .post("/api/matchmaking/mixer-wishes").then().statusCode(400).body("errors[0].field", equalTo("month"));
        asWorker(one).body(Map.of("theme", "DINNER", "district", district, "month", "2027-13"))
                .post("/api/matchmaking/mixer-wishes").then().statusCode(400);
        List<Map<String, Object>> groups = asStaff().queryParam("size", 100).get("/api/matchmaking/mixer-wishes/grouped")
                .then().statusCode(200).extract().path("items");
        List<Map<String, Object>> mine = groups.stream().filter(g -> district.equals(g.get("district"))).toList();
        assertEquals(List.of(Map.of("theme", "OUTDOOR", "district", district, "month", month, "wishes", 3),
                Map.of("theme", "DINNER", "district", district, "month", month, "wishes", 1)), mine);
    }
}
