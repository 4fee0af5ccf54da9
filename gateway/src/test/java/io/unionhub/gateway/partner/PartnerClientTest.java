package io.unionhub.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.unionhub.gateway.testing.FakeUpstream;
import io.unionhub.kit.testing.TestTokens;
import io.vertx.core.json.JsonObject;

/** Partner agencies' clients: registered by union staff, exchanged for partner tokens, rotated, revoked at once. */
@QuarkusTest
@WithTestResource(FakeUpstream.class)
class PartnerClientTest {

    private static final String CLIENTS = "/api/gateway/partner-clients";
    private static final String TOKEN = "/api/gateway/oauth/token";
    /** Union staff who administer the platform: they register, rotate and revoke. */
    private static final String STAFF = TestTokens.bearer("staff-1", "union-staff", "admin");

    record Client(String id, String secret) {
    }

    private static Client register(String agency) {
        JsonPath created = given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body(new JsonObject().put("agency", agency).put("name", "Xicheng district court").encode())
                .when().post(CLIENTS)
                .then().statusCode(201).extract().jsonPath();
        return new Client(created.getString("clientId"), created.getString("clientSecret"));
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String exchange(Client client) {
        return given().header("Authorization", basic(client.id(), client.secret()))
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN)
                .then().statusCode(200).extract().path("access_token");
    }

    private static JsonObject claims(String token) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void staffRegisterAClientWhoseSecretIsShownOnceAndWhoseTokenCarriesThePartnerRoleAndAgency() {
        JsonPath created = given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"agency\":\"court-xicheng\",\"name\":\"  Xicheng district court \"}")
                .when().post(CLIENTS)
                .then().statusCode(201)
                .header("Location", startsWith(CLIENTS + "/"))
                .body("agency", equalTo("court-xicheng"))
                .body("name", equalTo("Xicheng district court"))
                .body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("staff-1"))
                .body("clientSecret", startsWith("uhs_"))
                .extract().jsonPath();
        String id = created.getString("clientId");
        given().header("Authorization", STAFF).when().get(CLIENTS + "/" + id)
                .then().statusCode(200).body("clientId", equalTo(id)).body("clientSecret", nullValue());
        given().header("Authorization", STAFF).queryParam("size", 100).when().get(CLIENTS)
                .then().statusCode(200).body("items.clientId", hasItem(id)).body("items.clientSecret", everyItem(nullValue()))
                .body("size", equalTo(100));

        JsonPath answer = given().header("Authorization", basic(id, created.getString("clientSecret")))
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN)
                .then().statusCode(200).contentType(ContentType.JSON).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(600))
                .extract().jsonPath();
        JsonObject claims = claims(answer.getString("access_token"));
        assertEquals("court-xicheng", claims.getString("sub"));
        assertEquals(id, claims.getString("partner_client"));
        assertEquals("partner", claims.getJsonArray("groups").getString(0));
        assertEquals(1, claims.getJsonArray("groups").size());
        assertEquals(600, claims.getLong("exp") - claims.getLong("iat"));

        // the services take it as any token: it reaches them whole
        given().header("Authorization", "Bearer " + answer.getString("access_token"))
                .when().get("/api/training/centres")
                .then().statusCode(200).body("headers.authorization", equalTo("Bearer " + answer.getString("access_token")));
    }

    @Test
    void theFormMayCarryTheCredentialsInsteadOfBasicButNotBoth() {
        Client client = register("civil-affairs-2");
        given().formParam("grant_type", "client_credentials").formParam("client_id", client.id())
                .formParam("client_secret", client.secret())
                .when().post(TOKEN).then().statusCode(200).body("token_type", equalTo("Bearer"));
        given().header("Authorization", basic(client.id(), client.secret()))
                .formParam("grant_type", "client_credentials").formParam("client_id", client.id())
                .when().post(TOKEN)
                .then().statusCode(400).contentType("application/problem+json").body("error", equalTo("invalid_request"));
    }

    @Test
    void aWrongSecretAnUnknownClientAndOddRequestsAreRefusedAsOAuthSays() {
        Client client = register("employer-91");
        given().header("Authorization", basic(client.id(), client.secret() + "x"))
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Basic realm=\"unionhub\"")
                .body("error", equalTo("invalid_client"))
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
        for (String id : new String[] { UUID.randomUUID().toString(), "not-an-id", "\u0000" }) {
            given().header("Authorization", basic(id, client.secret())).formParam("grant_type", "client_credentials")
                    .when().post(TOKEN).then().statusCode(401).body("error", equalTo("invalid_client"));
        }
        given().header("Authorization", "Basic %%%").formParam("grant_type", "client_credentials")
                .when().post(TOKEN).then().statusCode(401).body("error", equalTo("invalid_client"))
                .header("WWW-Authenticate", "Basic realm=\"unionhub\"");
        given().formParam("grant_type", "client_credentials").formParam("client_id", client.id())
                .formParam("client_secret", "wrong")
                .when().post(TOKEN).then().statusCode(401).body("error", equalTo("invalid_client"))
                .header("WWW-Authenticate", "Basic realm=\"unionhub\"");
        given().header("Authorization", basic(client.id(), client.secret())).formParam("grant_type", "")
                .when().post(TOKEN).then().statusCode(400).body("error", equalTo("invalid_request"));
        given().header("Authorization", basic(client.id(), client.secret())).formParam("grant_type", "password")
                .when().post(TOKEN)
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"))
                .body("errors[0].field", equalTo("grant_type"));
        given().header("Authorization", basic(client.id(), client.secret())).formParam("scope", "all")
                .when().post(TOKEN).then().statusCode(400).body("error", equalTo("invalid_request"))
                .body("errors[0].field", equalTo("grant_type"));
        given().header("Authorization", basic(client.id(), client.secret())).contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\"}")
                .when().post(TOKEN).then().statusCode(415).body("error", equalTo("invalid_request"));
        given().header("Authorization", basic(client.id(), client.secret()))
                .formParam("grant_type", "client_credentials").formParam("grant_type", "client_credentials")
                .when().post(TOKEN).then().statusCode(400).body("error", equalTo("invalid_request"));
        given().when().get(TOKEN).then().statusCode(405).header("Allow", "POST")
                .contentType("application/problem+json");
        given().header("Authorization", basic(client.id(), client.secret()))
                .formParam("grant_type", "client_credentials").formParam("padding", "x".repeat(5000))
                .when().post(TOKEN).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aRotationRetiresTheOldSecretAtOnceWhileTokensAlreadyIssuedRunOut() {
        Client client = register("court-haidian");
        String tokenBefore = exchange(client);
        String newSecret = given().header("Authorization", STAFF).when().post(CLIENTS + "/" + client.id() + "/secret")
                .then().statusCode(200).body("clientSecret", startsWith("uhs_")).extract().path("clientSecret");
        given().header("Authorization", basic(client.id(), client.secret())).formParam("grant_type", "client_credentials")
                .when().post(TOKEN).then().statusCode(401);
        exchange(new Client(client.id(), newSecret));
        given().header("Authorization", "Bearer " + tokenBefore).when().get("/api/training/centres").then().statusCode(200);
    }

    @Test
    void aRevokedClientIsRefusedAtOnceItsSecretAndEveryTokenItHolds() {
        Client client = register("court-chaoyang");
        String token = exchange(client);
        given().header("Authorization", "Bearer " + token).when().get("/api/training/centres").then().statusCode(200);

        given().header("Authorization", STAFF).when().post(CLIENTS + "/" + client.id() + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedBy", equalTo("staff-1"));

        given().header("Authorization", "Bearer " + token).when().get("/api/training/centres")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://unionhub.io/problems/unauthenticated"));
        given().header("Authorization", basic(client.id(), client.secret())).formParam("grant_type", "client_credentials")
                .when().post(TOKEN).then().statusCode(401).body("error", equalTo("invalid_client"));
        given().header("Authorization", STAFF).when().post(CLIENTS + "/" + client.id() + "/secret")
                .then().statusCode(409).contentType("application/problem+json");
        // a second revocation changes nothing: the first one's record stays
        String revokedAt = given().header("Authorization", STAFF).when().get(CLIENTS + "/" + client.id())
                .then().extract().path("revokedAt");
        given().header("Authorization", TestTokens.bearer("staff-2", "admin"))
                .when().post(CLIENTS + "/" + client.id() + "/revoke")
                .then().statusCode(200).body("revokedAt", equalTo(revokedAt)).body("revokedBy", equalTo("staff-1"));
    }

    @Test
    void aTokenNamingAClientTheRegisterDoesNotHoldIsRefused() {
        String forged = io.smallrye.jwt.build.Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("court-x").groups("partner").claim("partner_client", UUID.randomUUID().toString())
                .expiresIn(600).sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + forged).when().get("/api/training/centres").then().statusCode(401);
    }

    /** An identity provider's token names its own client (RFC 9068's client_id): not one of the register's. */
    @Test
    void anIdentityProvidersTokenWithItsOwnClientIdPasses() {
        String federation = io.smallrye.jwt.build.Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .subject("court-y").groups("partner").claim("client_id", "federation-portal")
                .expiresIn(600).sign(TestTokens.devKey());
        given().header("Authorization", "Bearer " + federation).when().get("/api/training/centres")
                .then().statusCode(200);
    }

    /**
     * A client's agency becomes the subject of real partner tokens, which the services trust (a civil-affairs office
     * answers registry checks): union staff read the register, only admins change it.
     */
    @Test
    void unionStaffReadTheRegisterAndOnlyAdminsChangeIt() {
        Client client = register("court-shunyi");
        String staffOnly = TestTokens.bearer("staff-3", "union-staff");
        given().header("Authorization", staffOnly).contentType(ContentType.JSON)
                .body("{\"agency\":\"civil-affairs-1\",\"name\":\"not mine to make\"}")
                .when().post(CLIENTS).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", staffOnly).when().post(CLIENTS + "/" + client.id() + "/secret")
                .then().statusCode(403);
        given().header("Authorization", staffOnly).when().post(CLIENTS + "/" + client.id() + "/revoke")
                .then().statusCode(403);
        given().header("Authorization", staffOnly).when().get(CLIENTS + "/" + client.id())
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().contentType(ContentType.JSON).body("{\"agency\":\"a\",\"name\":\"b\"}")
                .when().post(CLIENTS).then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[] { "worker", "partner", "ops" }) {
            given().header("Authorization", TestTokens.bearer("someone", role)).contentType(ContentType.JSON)
                    .body("{\"agency\":\"a\",\"name\":\"b\"}")
                    .when().post(CLIENTS).then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", TestTokens.bearer("someone", role)).when().get(CLIENTS)
                    .then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer("root", "admin")).contentType(ContentType.JSON)
                .body("{\"agency\":\"employer-1\",\"name\":\"Acme\"}")
                .when().post(CLIENTS).then().statusCode(201);
    }

    @Test
    void badInputIsAProblemAndRegistersNothing() {
        long before = given().header("Authorization", STAFF).when().get(CLIENTS).then().extract().jsonPath().getLong("total");
        String[] bodies = { "{\"agency\":\"court\\u0000\",\"name\":\"n\"}", "{\"agency\":\"" + "a".repeat(65) + "\",\"name\":\"n\"}",
                "{\"agency\":\"court\",\"name\":\"a\\u0007b\"}", "{\"agency\":\"court\",\"name\":\"" + "n".repeat(201) + "\"}",
                "{\"agency\":\"court\",\"name\":\"   \"}", "{\"agency\":\"court\",\"name\":\"n\",\"secret\":\"mine\"}",
                "{\"agency\":1,\"name\":\"n\"}", "{\"name\":\"n\"}" };
        for (String body : bodies) {
            given().header("Authorization", STAFF).contentType(ContentType.JSON).body(body)
                    .when().post(CLIENTS).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://unionhub.io/problems/validation"));
        }
        for (String body : new String[] { "not json", "[1]", "{\"agency\":", "",
                // a key twice (the agency is a token subject: no "last one wins"), a comment, a byte-order mark
                "{\"agency\":\"court-d1\",\"agency\":\"court-d2\",\"name\":\"x\"}",
                "{/*c*/\"agency\":\"court-d1\",\"name\":\"x\"}", "\uFEFF{\"agency\":\"court-d1\",\"name\":\"x\"}" }) {
            given().header("Authorization", STAFF).contentType(ContentType.JSON).body(body)
                    .when().post(CLIENTS).then().statusCode(400).body("type", equalTo("https://unionhub.io/problems/malformed-body"));
        }
        given().header("Authorization", STAFF).contentType("application/json; charset=ISO-8859-1")
                .body("{\"agency\":\"court-l1\",\"name\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .when().post(CLIENTS).then().statusCode(415);
        given().header("Authorization", STAFF).contentType(ContentType.TEXT).body("agency=court")
                .when().post(CLIENTS).then().statusCode(415).body("detail", containsString("'text/plain'"));
        given().header("Authorization", STAFF).contentType(ContentType.JSON)
                .body("{\"agency\":\"court\",\"name\":\"" + "n".repeat(20_000) + "\"}")
                .when().post(CLIENTS).then().statusCode(413).contentType("application/problem+json");
        for (String query : new String[] { "page=-1", "size=0", "size=101", "page=x", "size=99999999999" }) {
            given().header("Authorization", STAFF).when().get(CLIENTS + "?" + query).then().statusCode(400);
        }
        given().header("Authorization", STAFF).header("Accept-Language", "zh-CN")
                .when().get(CLIENTS + "/" + UUID.randomUUID())
                .then().statusCode(404).body("detail", equalTo("没有此编号的合作方客户端。"));
        for (String id : new String[] { UUID.randomUUID().toString(), "nope", "%00" }) {
            given().header("Authorization", STAFF).when().get(CLIENTS + "/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().header("Authorization", STAFF).when().post(CLIENTS + "/" + id + "/revoke").then().statusCode(404);
        }
        long after = given().header("Authorization", STAFF).when().get(CLIENTS).then().extract().jsonPath().getLong("total");
        assertEquals(before, after);
    }
}
