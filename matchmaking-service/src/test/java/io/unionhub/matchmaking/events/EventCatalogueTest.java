package io.unionhub.matchmaking.events;

import static io.unionhub.matchmaking.support.MatchmakingApi.asStaff;
import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.matched;
import static io.unionhub.matchmaking.support.MatchmakingApi.registered;
import static io.unionhub.matchmaking.support.MatchmakingApi.verifiedWorker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.EventCatalogue;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;

/**
 * docs/asyncapi.yaml documents exactly the event types the code defines, nothing is emitted undocumented, and every
 * event emitted has the fields of its documented example.
 */
@QuarkusTest
@WithKafkaBroker
class EventCatalogueTest {

    private static final String PREFIX = "unionhub.matchmaking.";

    @Inject
    ServiceDatabase database;

    @Test
    void everyEventTypeTheCodeDefinesIsDocumentedAndNoOther() throws Exception {
        assertEquals(EventCatalogue.declared("matchmaking"), EventCatalogue.documented("matchmaking"));
    }

    @Test
    void everyEventEmittedIsDocumentedWithItsShape() throws Exception {
        consent(registered(true), "MATCHING");
        // a couple married and at a wedding, a mixer published with a sign-up: most of the program's events
        String he = verifiedWorker(false);
        String couple = asWorker(he).body(Map.of("matchId", matched(he, verifiedWorker(true))))
                .post("/api/matchmaking/couples").then().statusCode(201).extract().path("coupleId");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        asWorker(he).body(Map.of("marriedOn", today.toString())).post("/api/matchmaking/couples/" + couple + "/marriage")
                .then().statusCode(200);
        String wedding = asStaff().body(Map.of("title", "集体婚礼", "heldOn", today.plusDays(9).toString(), "venue",
                "海滨公园", "capacity", 9)).post("/api/matchmaking/weddings").then().statusCode(201).extract()
                .path("weddingId");
        asWorker(he).body(Map.of("coupleId", couple)).post("/api/matchmaking/weddings/" + wedding + "/registrations")
                .then().statusCode(201);
        OffsetDateTime starts = OffsetDateTime.now().plusDays(2);
        String venue = asStaff().body(Map.of("title", "联谊", "theme", "SPORTS", "startsAt", starts.toString(),
                "endsAt", starts.plusHours(3).toString(), "venues", List.of(Map.of("name", "体育馆", "district",
                        "海西区", "main", true, "maleSeats", 5, "femaleSeats", 5))))
                .post("/api/matchmaking/mixers").then().statusCode(201).extract().path("venues[0].venueId");
        String mixer = asStaff().get("/api/matchmaking/mixers").then().extract().path("items[0].mixerId");
        asWorker(verifiedWorker(true)).body(Map.of("venueId", venue))
                .post("/api/matchmaking/mixers/" + mixer + "/registrations").then().statusCode(201);

        Set<String> emitted = new TreeSet<>(database.data().outbox().typesEmitted());
        assertTrue(emitted.containsAll(List.of(PREFIX + "consent.given.v1", PREFIX + "couple.reported.v1",
                PREFIX + "couple.marriage-reported.v1", PREFIX + "couple.wedding-registered.v1",
                PREFIX + "mixer.published.v1", PREFIX + "mixer.registration-confirmed.v1")), emitted.toString());
        Set<String> documented = EventCatalogue.documented("matchmaking");
        ObjectMapper json = new ObjectMapper();
        for (String type : emitted) {
            assertTrue(documented.contains(type), type + " is emitted but not in docs/asyncapi.yaml");
            String payload = database.data().outbox().latestPayload(type.substring(PREFIX.length())).orElseThrow();
            assertTrue(EventCatalogue.sameShape(EventCatalogue.example(type).get("data"), json.readTree(payload)),
                    type + " is emitted as " + payload + ", not as documented");
        }
    }
}
