package io.unionhub.kit.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.unionhub.kit.sample.ParcelNotices;
import io.unionhub.kit.sample.ParcelResource;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class IdempotencyKeyTest {

    private static final String PARCELS = "/api/kittest/parcels";
    private static final String STAFF = TestTokens.bearer("staff-1", "union-staff");
    private static final String TOO_LONG_FOR_A_KEY = "An Idempotency-Key can be used on paths of up to 1000 "
            + "characters.";

    @Inject
    ParcelService parcels;

    @Inject
    ParcelNotices notices;

    @Inject
    EntityManager entityManager;

    @Test
    void aRepeatedKeyReturnsTheFirstAnswerAndCreatesNothingNew() throws InterruptedException {
        String key = UUID.randomUUID().toString();
        long parcelsBefore = parcels.count();

        Response first = post(STAFF, key, "{\"label\": \"once\", \"weight\": 4}");
        first.then().statusCode(201);
        Response again = post(STAFF, key, "{\"label\": \"once\", \"weight\": 4}");

        again.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("label", equalTo("once"));
        assertEquals(parcelsBefore + 1, parcels.count(), "one parcel, not two");
        UUID parcel = UUID.fromString(first.path("id"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices.noticesAboutParcel(parcel) >= 1);
        Thread.sleep(1000); // a second event would have followed the first by now
        assertEquals(1, notices.noticesAboutParcel(parcel), "one event, not two");
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        post(STAFF, key, "{\"label\": \"first\", \"weight\": 4}").then().statusCode(201);
        long parcelsBefore = parcels.count();

        post(STAFF, key, "{\"label\": \"second\", \"weight\": 9}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/idempotency-key-reused"));
        assertEquals(parcelsBefore, parcels.count());
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String body = "{\"label\": \"mine\", \"weight\": 4}";
        String mine = post(STAFF, key, body).then().statusCode(201).extract().path("id");
        String theirs = post(TestTokens.bearer("staff-2", "union-staff"), key, body).then().statusCode(201)
                .extract().path("id");
        assertNotEquals(mine, theirs);
    }

    @Test
    void aFailedRequestFreesItsKey() {
        String key = UUID.randomUUID().toString();
        post(STAFF, key, "{\"label\": \"\", \"weight\": 4}").then().statusCode(400);
        post(STAFF, key, "{\"label\": \"\", \"weight\": 4}").then().statusCode(400)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void theStoredAnswerIsEncryptedLikeEveryPersonalField() {
        String key = UUID.randomUUID().toString();
        post(STAFF, key, "{\"label\": \"Wang Fang's letters\", \"weight\": 4}").then().statusCode(201);
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select body from idempotency_key where idempotency_key = :key")
                .setParameter("key", key).getSingleResult());
        assertFalse(stored.contains("Wang Fang"), stored);
        assertTrue(stored.startsWith("1:"), "sealed by key 1: " + stored);
        post(STAFF, key, "{\"label\": \"Wang Fang's letters\", \"weight\": 4}").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("label", equalTo("Wang Fang's letters"));
    }

    @Test
    void aRequestWhoseAnswerCannotBeKeptChangesNothingSoARetryCreatesOnlyOne() {
        String key = UUID.randomUUID().toString();
        String label = "unkept " + key;
        String body = "{\"label\": \"" + label + "\", \"weight\": 4}";
        given().header("Authorization", STAFF).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(PARCELS + "/unwritable")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(0, parcels.countLabelled(label), "the parcel went with its answer");
        post(STAFF, key, body).then().statusCode(201);
        assertEquals(1, parcels.countLabelled(label));
    }

    @Test
    void aDuplicateSentWhileTheFirstRunsGetsTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String label = "raced " + key;
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(STAFF, key,
                "{\"label\": \"" + label + "\", \"weight\": 4, \"holdMillis\": 800}"));
        awaitHolding(label);
        Response duplicate = post(STAFF, key, "{\"label\": \"" + label + "\", \"weight\": 4, \"holdMillis\": 800}");
        first.get(10, TimeUnit.SECONDS).then().statusCode(201);
        duplicate.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.get().path("id")));
        assertEquals(1, parcels.countLabelled(label));
    }

    @Test
    void aDuplicateThatWouldWaitTooLongIsToldToRetryThenGetsTheAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"label\": \"slow " + key + "\", \"weight\": 4, \"holdMillis\": 3500}";
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(STAFF, key, body));
        awaitHolding("slow " + key);
        post(STAFF, key, body).then().statusCode(409).contentType("application/problem+json");
        first.get(10, TimeUnit.SECONDS).then().statusCode(201);
        post(STAFF, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, parcels.countLabelled("slow " + key));
    }

    /** The first request has claimed its key and holds its transaction open. */
    private static void awaitHolding(String label) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> ParcelResource.HOLDING.contains(label));
    }

    @Test
    void aKeyCannotCoverAPathLongerThanTheStoreHolds() {
        given().header("Authorization", STAFF).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("{\"weight\": 4}")
                .when().post(PARCELS + "/" + "x".repeat(1000) + "/weighings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo(TOO_LONG_FOR_A_KEY));
    }

    @Test
    void aSuccessAnsweredOverAFailureThatUndidTheWorkIsNotReportedAsOne() {
        String key = UUID.randomUUID().toString();
        String label = "swallowed " + key;
        given().header("Authorization", STAFF).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"label\": \"" + label + "\", \"weight\": 4}").when().post(PARCELS + "/swallowed")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(0, parcels.countLabelled(label), "no 201 for a parcel that was not saved");
    }

    @Test
    void anAnswerKeptBeforeAnswersWereEncryptedIsStillReplayed() {
        String key = UUID.randomUUID().toString();
        String body = "{\"label\": \"legacy\", \"weight\": 4}";
        post(STAFF, key, body).then().statusCode(201);
        // as the store before this one kept it: the answer in clear
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update idempotency_key set body = :plain where idempotency_key = :key")
                .setParameter("plain", "{\"id\":\"kept-in-clear\"}").setParameter("key", key).executeUpdate());
        post(STAFF, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo("kept-in-clear"));
    }

    private Response post(String token, String key, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(PARCELS);
    }


}
