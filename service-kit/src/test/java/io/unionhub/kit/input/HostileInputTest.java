package io.unionhub.kit.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.unionhub.kit.sample.ParcelService;
import io.unionhub.kit.testing.RawHttp;
import io.unionhub.kit.testing.RawHttp.Answer;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;

/** What a hostile client sends, answered as a 4xx problem that changes nothing: never a 500, never a bare status. */
@QuarkusTest
@WithKafkaBroker
class HostileInputTest {

    private static final String PARCELS = "/api/kittest/parcels";
    private static final String STAFF = TestTokens.bearer("staff-1", "union-staff");

    @Inject
    ParcelService parcels;

    @ParameterizedTest
    @ValueSource(strings = { "{\"label\": \"nul\\u0000here\", \"weight\": 3}",
            "{\"label\": \"a\", \"weight\": 3, \"note\": \"\\u0000\"}",
            "{\"label\": \"lone \\ud800 surrogate\", \"weight\": 3}" })
    void textWithANulOrBrokenUnicodeIsRefusedNamingTheField(String body) {
        String field = body.contains("note") ? "note" : "label";
        refused(body).body("errors[0].field", equalTo(field));
    }

    @Test
    void textLongerThanItsColumnIsRefusedEvenWithoutASizeOnTheRequest() {
        long before = parcels.count();
        refused("{\"label\": \"a\", \"weight\": 3, \"note\": \"" + "n".repeat(201) + "\"}")
                .body("errors[0].field", equalTo("note"))
                .body("errors[0].message", equalTo("must be at most 200 characters"));
        assertEquals(before, parcels.count());
        given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"label\": \"fits\", \"weight\": 3, \"note\": \"" + "n".repeat(200) + "\"}")
                .when().post(PARCELS).then().statusCode(201);
    }

    @Test
    void textTooLongForItsColumnIsRefusedWhenAChangeReachesTheDatabaseOnlyAtCommit() {
        String id = given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"label\": \"renoted\", \"weight\": 3}").when().post(PARCELS).then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"note\": \"" + "n".repeat(201) + "\"}").when().put(PARCELS + "/" + id + "/note")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("note"));
        given().header("Authorization", STAFF).when().get(PARCELS + "/" + id)
                .then().statusCode(200).body("note", org.hamcrest.Matchers.nullValue());
    }

    /** @NotBlank takes a no-break, ideographic or zero-width space for text: the kit does not. */
    @ParameterizedTest
    @ValueSource(strings = { "\\u00a0", "\\u3000\\u3000", "\\u200b", " \\u00a0 \\ufeff" })
    void textOfOnlyInvisibleCharactersIsRefusedNamingTheField(String label) {
        refused("{\"label\": \"" + label + "\", \"weight\": 3}")
                .body("errors[0].field", equalTo("label"))
                .body("errors[0].message", equalTo("must hold visible text, not only spaces or invisible characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+5874898-01-01", "-4714-11-24", "+169087565-01-01", "0000-01-01" })
    void datesThePlatformCannotStoreAreRefusedNamingTheField(String date) {
        refused("{\"label\": \"a\", \"weight\": 3, \"sendOn\": \"" + date + "\"}")
                .body("errors[0].field", equalTo("sendOn"))
                .body("errors[0].message", equalTo("must be a date or time in the years 1 to 9999"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "[2024, 1, 1]", "[2024, 13, 45]", "[5000000, 1, 1]", "20240101", "{}" })
    void aDateIsWrittenAsTextNotAnArrayNorANumber(String date) {
        refused("{\"label\": \"a\", \"weight\": 3, \"sendOn\": " + date + "}")
                .body("errors[0].field", equalTo("sendOn"))
                .body("errors[0].message", equalTo("must be a date or time written as ISO 8601 text, such as 2026-03-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"label\": 123, \"weight\": 3}", "{\"label\": true, \"weight\": 3}",
            "{\"label\": \"a\", \"weight\": \"5\"}", "{\"label\": \"a\", \"weight\": 1.5}",
            "{\"label\": \"a\", \"weight\": 3, \"sendOn\": 1700000000}",
            "{\"label\": \"a\", \"weight\": 3, \"sendOn\": \"2027-01-01T10:00:00\"}",
            "{\"label\": \"a\", \"label\": \"b\", \"weight\": 3}",
            "{\"label\": \"a\", \"weight\": 3, \"kind\": 1}",
            "{\"label\": \"a\", \"weight\": 3000000000}", "{\"label\": \"a\", \"weight\": 1e400}",
            "{\"label\": \"a\", \"weight\": 3} {\"label\": \"b\"}" })
    void jsonOfTheWrongShapeIsNeverCoerced(String body) {
        refused(body);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"sendOn\": \" 2027-01-01 \"", "\"sendOn\": \"\\u00002027-01-01\"",
            "\"kind\": \"BOX\\u0000\"", "\"kind\": \"BOX \"" })
    void aDateOrANameFromAListIsExactNotTrimmedIntoShape(String field) {
        refused("{\"label\": \"a\", \"weight\": 3, " + field + "}")
                .body("errors[0].message", equalTo("must not hold spaces or control characters"));
    }

    @Test
    void anImpossibleDateSaysWhatADateLooksLike() {
        refused("{\"label\": \"a\", \"weight\": 3, \"sendOn\": \"2027-02-30\"}")
                .body("errors[0].field", equalTo("sendOn"))
                .body("errors[0].message", equalTo("'2027-02-30' is not valid here: expected a date written as "
                        + "YYYY-MM-DD, such as 2026-03-01"));
    }

    @Test
    void aNumberOutOfRangeNamesItsField() {
        refused("{\"label\": \"a\", \"weight\": 3000000000}").body("errors[0].field", equalTo("weight"));
    }

    @Test
    void aBodyThatCannotBeReadIsABadRequestNotAnError() throws IOException {
        long before = parcels.count();
        assertProblem(RawHttp.send(RestAssured.port, "POST", PARCELS, "{}", "Authorization: " + STAFF,
                "Content-Type: multipart/form-data; boundary=x", "Content-Length: 2"), 400,
                "https://unionhub.io/problems/malformed-body");
        assertEquals(before, parcels.count());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Host: a b", "Host: evil.example/x?", "Host: user@evil.example" })
    void aHostThatCannotBeReadIsAProblem(String host) throws IOException {
        assertProblem(RawHttp.send(RestAssured.port, "GET", PARCELS, null, host, "Authorization: " + STAFF), 400,
                "https://unionhub.io/problems/bad-request");
    }

    @Test
    void aServiceNameForAHostAndAnOldProbeWithoutOneAreServed() throws IOException {
        assertEquals(200, RawHttp.send(RestAssured.port, "GET", PARCELS, null, "Host: training_service:8081",
                "Authorization: " + STAFF).status());
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        try (socket) {
            socket.getOutputStream().write("GET /q/health/live HTTP/1.0\r\n\r\n".getBytes());
            String answer = new String(socket.getInputStream().readAllBytes());
            assertTrue(answer.startsWith("HTTP/1.0 200"), answer);
        }
    }

    @Test
    void anEnumIsItsNameNotItsIndex() {
        refused("{\"label\": \"a\", \"weight\": 3, \"kind\": 1}").body("errors[0].field", equalTo("kind"));
        given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"label\": \"a\", \"weight\": 3, \"kind\": \"BOX\"}")
                .when().post(PARCELS).then().statusCode(201).body("kind", equalTo("BOX"));
    }

    @Test
    void aControlCharacterInTheQueryOrPathIsABadRequest() {
        given().header("Authorization", STAFF).urlEncodingEnabled(false)
                .when().get(PARCELS + "?label=a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/bad-request"));
        given().header("Authorization", STAFF).urlEncodingEnabled(false)
                .when().get(PARCELS + "/%00")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/x;y=%01", ";junk", "?label=a;b", "/x;y=z" })
    void aSemicolonInThePathOrQueryIsABadRequestNotSilentlyDropped(String target) {
        given().header("Authorization", STAFF).urlEncodingEnabled(false)
                .when().get(PARCELS + target)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/bad-request"));
        // written as %3B, it is a value like any other
        given().header("Authorization", STAFF).urlEncodingEnabled(false)
                .when().get(PARCELS + "?label=a%3Bb")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "+5874898-01-01", "-4714-11-24", "2027-13-01", "yesterday" })
    void anUnstorableDateParameterIsABadRequest(String date) {
        given().header("Authorization", STAFF).queryParam("sendOnOrAfter", date)
                .when().get(PARCELS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/validation"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "image/png", "text/csv", "application/xml", "text/html;q=1, application/json;q=0",
            "application/json;q=0.000, text/plain" })
    void anythingButJsonInAcceptIsNotAcceptable(String accept) {
        given().header("Authorization", STAFF).header("Accept", accept)
                .when().get(PARCELS)
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/not-acceptable"))
                .body(not(containsString("ParcelView")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "*/*", "application/*", "text/html, application/json;q=0.5" })
    void jsonInAcceptIsServed(String accept) {
        given().header("Authorization", STAFF).header("Accept", accept)
                .when().get(PARCELS)
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = { "zz;q=\"abc\"", "en;q=2", ";;;", "zh-CN;q=0.9,\u00e9\u00e9" })
    void aGarbageAcceptLanguageStillGetsAProblem(String language) {
        given().header("Authorization", STAFF).header("Accept-Language", language)
                .when().get(PARCELS + "/00000000-0000-0000-0000-000000000001")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/not-found"));
    }

    @Test
    void anUnreadablePathIdIsABadRequestProblem() throws IOException {
        given().header("Authorization", STAFF)
                .when().get(PARCELS + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
        Answer answer = RawHttp.send(RestAssured.port, "GET", PARCELS + "/%zz", null, "Authorization: " + STAFF);
        assertProblem(answer, 400, "https://unionhub.io/problems/");
    }

    @Test
    void anOverlongAddressIsAProblem() throws IOException {
        Answer answer = RawHttp.send(RestAssured.port, "GET", PARCELS + "?label=" + "a".repeat(20_000), null,
                "Authorization: " + STAFF);
        assertProblem(answer, 414, "https://unionhub.io/problems/uri-too-long");
    }

    @Test
    void overlargeHeadersAreAProblem() throws IOException {
        Answer answer = RawHttp.send(RestAssured.port, "GET", PARCELS, null, "Authorization: " + STAFF,
                "X-Padding: " + "p".repeat(20_000));
        assertProblem(answer, 431, "https://unionhub.io/problems/headers-too-large");
    }

    @Test
    void aBodyOverTheLimitIsAProblemAndStoresNothing() throws IOException {
        long before = parcels.count();
        Answer answer = RawHttp.send(RestAssured.port, "POST", PARCELS, "{\"label\": \"big\", ",
                "Authorization: " + STAFF, "Content-Type: application/json", "Content-Length: 20000000");
        assertProblem(answer, 413, "https://unionhub.io/problems/payload-too-large");
        assertEquals(before, parcels.count());
    }

    private static void assertProblem(Answer answer, int status, String typePrefix) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("\"type\":\"" + typePrefix), answer.body());
        assertTrue(answer.body().contains("\"requestId\""), answer.body());
    }

    @Test
    void apiAnswersAreNeitherCachedNorSniffed() {
        given().header("Authorization", STAFF).when().get(PARCELS)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        given().when().get(PARCELS)
                .then().statusCode(401)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    private ValidatableResponse refused(String body) {
        long before = parcels.count();
        ValidatableResponse response = given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body(body)
                .when().post(PARCELS)
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
        assertEquals(before, parcels.count(), "nothing stored");
        return response;
    }
}
