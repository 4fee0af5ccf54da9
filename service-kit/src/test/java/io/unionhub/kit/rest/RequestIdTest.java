package io.unionhub.kit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.testing.WithKafkaBroker;

@QuarkusTest
@WithKafkaBroker
class RequestIdTest {

    @Test
    void theCallersRequestIdFollowsTheRequestIntoOutgoingCalls() {
        given().header("X-Request-Id", "trace-me-7")
                .when().get("/api/kittest/request-ids/downstream")
                .then().statusCode(200)
                .header("X-Request-Id", "trace-me-7")
                .body(equalTo("trace-me-7"));
    }

    @Test
    void aRequestWithoutAnIdGetsOneAndPassesItOn() {
        var response = given().when().get("/api/kittest/request-ids/downstream");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        org.junit.jupiter.api.Assertions.assertEquals(response.header("X-Request-Id"), response.body().asString());
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        given().header("X-Request-Id", "evil\tid with spaces and a very long tail")
                .when().get("/api/kittest/request-ids/downstream")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body(matchesPattern("[0-9a-f-]{36}"));
    }
}
