package io.unionhub.kit.forwarding;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.unionhub.kit.testing.TestTokens;

/** A create sent with X-Forwarded-* saying it came through a proxy at this host. */
final class Forwarding {

    private Forwarding() {
    }

    static ValidatableResponse registerParcelVia(String forwardedHost) {
        return given().header("Authorization", TestTokens.bearer("staff-1", "union-staff"))
                .header("X-Forwarded-Host", forwardedHost).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .contentType(ContentType.JSON).body("{\"label\": \"forwarded\", \"weight\": 2}")
                .when().post("/api/kittest/parcels")
                .then().statusCode(201);
    }
}
