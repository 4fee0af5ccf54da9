package io.unionhub.matchmaking.profile;

import static io.unionhub.matchmaking.support.MatchmakingApi.as;
import static io.unionhub.matchmaking.support.MatchmakingApi.asWorker;
import static io.unionhub.matchmaking.support.MatchmakingApi.consent;
import static io.unionhub.matchmaking.support.MatchmakingApi.idNumber;
import static io.unionhub.matchmaking.support.MatchmakingApi.newMember;
import static io.unionhub.matchmaking.support.MatchmakingApi.profileBody;
import static io.unionhub.matchmaking.support.MatchmakingApi.registered;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;
import io.unionhub.matchmaking.support.ServiceDatabase;
import io.unionhub.matchmaking.support.TestClock;

@QuarkusTest
@WithKafkaBroker
class ProfileTest {

    private static final String ME = "/api/matchmaking/profiles/me";

    @Inject
    ServiceDatabase database;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWorkerCreatesThenReplacesTheirProfileWhoseIdentityAndContactAreEncrypted() {
        String member = newMember();
        Map<String, Object> body = profileBody(false);
        String id = asWorker(member).body(body).put(ME).then().statusCode(201)
                .body("maskedIdNumber", matchesPattern("990000\\*{8}\\d{3}[\\dX]"))
                .body("verification", equalTo("UNVERIFIED")).body("interests", equalTo(List.of("钓鱼", "篮球")))
                .extract().path("id");
        body.put("district", "滨海区");
        asWorker(member).body(body).put(ME).then().statusCode(200).body("id", equalTo(id))
                .body("district", equalTo("滨海区"));
        UUID profile = UUID.fromString(id);
        for (String column : List.of("legal_name", "id_number", "contact", "self_text", "occupation")) {
            String stored = database.data().stored("profile", column, profile);
            assertFalse(stored.contains("李建国") || stored.contains("990000") || stored.contains("canary")
                    || stored.contains("钓鱼") || stored.contains("电焊"), column + ": " + stored);
        }
        List<String> registered = database.data().outbox().payloads("profile.registered.v1", profile);
        assertEquals(1, registered.size());
        assertEquals("{\"profileId\": \"" + id + "\"}", registered.get(0));
    }

    @Test
    void theIdNumberMustBeValidAndAgreeWithTheBirthYear() {
        Map<String, Object> typo = profileBody(false);
        String number = (String) typo.get("idNumber");
        typo.put("idNumber", number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1'));
        asWorker(newMember()).body(typo).put(ME).then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber"));
        Map<String, Object> otherYear = profileBody(false);
        otherYear.put("birthYear", 1997);
        asWorker(newMember()).body(otherYear).put(ME).then().statusCode(400)
                .body("errors[0].field", equalTo("birthYear"));
        Map<String, Object> otherGender = profileBody(false);
        otherGender.put("idNumber", idNumber("19960307", true)); // a woman's number
        asWorker(newMember()).body(otherGender).put(ME).then().statusCode(400)
                .body("errors[0].field", equalTo("gender"));
        Map<String, Object> reversed = profileBody(false);
        reversed.put("prefAgeMin", 36);
        asWorker(newMember()).body(reversed).put(ME).then().statusCode(400)
                .body("errors[0].field", equalTo("prefAgeMax"));
        Map<String, Object> comma = profileBody(false);
        comma.put("interests", List.of("钓鱼,篮球"));
        asWorker(newMember()).body(comma).put(ME).then().statusCode(400)
                .body("errors[0].field", equalTo("interests[0]"));
    }

    @Test
    void onlyWorkersOfTheLegalAgeOfMarriageJoin() {
        clock.setTo(Instant.parse("2026-11-27T02:00:00Z"));
        Map<String, Object> man = profileBody(false);
        man.put("birthYear", 2005);
        man.put("idNumber", idNumber("20050101", false)); // 21: a man marries from 22
        asWorker(newMember()).body(man).put(ME).then().statusCode(422);
        Map<String, Object> woman = profileBody(true);
        woman.put("birthYear", 2005);
        woman.put("idNumber", idNumber("20050101", true)); // 21: a woman marries from 20
        asWorker(newMember()).body(woman).put(ME).then().statusCode(201);
    }

    @Test
    void aProfileIsTheWorkersOwn() {
        asWorker(newMember()).get(ME).then().statusCode(404);
        as("court-1", "partner").body(profileBody(false)).put(ME).then().statusCode(403);
        as("staff-1", "union-staff").get(ME).then().statusCode(403);
    }

    @Test
    void eachConsentIsGivenAndWithdrawnOnItsOwnWithItsTime() {
        String member = registered(true);
        String consents = ME + "/consents";
        consent(member, "MATCHING");
        consent(member, "MATCHING"); // again: no change, no new record
        consent(member, "SHOW_TO_RECOMMENDED");
        asWorker(member).delete(consents + "/MATCHING").then().statusCode(200)
                .body("current.find { it.purpose == 'MATCHING' }.given", equalTo(false))
                .body("current.find { it.purpose == 'SHOW_TO_RECOMMENDED' }.given", equalTo(true))
                .body("current.find { it.purpose == 'REGISTRY_CHECK' }.given", equalTo(false))
                .body("history", hasSize(3))
                .body("history.purpose", equalTo(List.of("MATCHING", "SHOW_TO_RECOMMENDED", "MATCHING")))
                .body("history.given", equalTo(List.of(true, true, false)));
        asWorker(member).delete(consents + "/SHARE_WITH_MATCHMAKER").then().statusCode(200)
                .body("history", hasSize(3));
        asWorker(member).put(consents + "/ANYTHING").then().statusCode(400);

        UUID profile = UUID.fromString(asWorker(member).get(ME).then().extract().path("id"));
        List<String> given = database.data().outbox().payloads("consent.given.v1", profile);
        assertEquals(2, given.size());
        assertTrue(given.get(0).contains("\"purpose\": \"MATCHING\""), given.get(0));
        assertEquals(1, database.data().outbox().payloads("consent.withdrawn.v1", profile).size());
    }
}
