package io.unionhub.kit.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.unionhub.kit.outbox.OutboxEvent;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class IdempotencyKeyTest {

    private static final String PARCELS = "/api/kittest/parcels";
    private static final String STAFF = TestTokens.bearer("staff-1", "union-staff");

    @Inject
    ParcelService parcels;

    @Test
    void aRepeatedKeyReturnsTheFirstAnswerAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        long parcelsBefore = parcels.count();
        long eventsBefore = events();

        Response first = post(STAFF, key, "{\"label\": \"once\", \"weight\": 4}");
        first.then().statusCode(201);
        Response again = post(STAFF, key, "{\"label\": \"once\", \"weight\": 4}");

        again.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("label", equalTo("once"));
        assertEquals(parcelsBefore + 1, parcels.count(), "one parcel, not two");
        assertEquals(eventsBefore + 1, events(), "one event, not two");
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

    private Response post(String token, String key, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(PARCELS);
    }

    private long events() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
