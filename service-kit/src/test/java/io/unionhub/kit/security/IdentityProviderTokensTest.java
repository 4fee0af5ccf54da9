package io.unionhub.kit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.unionhub.kit.testing.StubHttpServer;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;

/**
 * A deployment behind an identity provider (Keycloak): the services trust its issuer and read its keys from its JWKS
 * URL (the settings {@code JWT_ISSUER} and {@code JWT_PUBLIC_KEY_LOCATION} supply in production, set here directly).
 * The provider here serves a JWKS of two keys (a rotation under way) at Keycloak's path; its tokens carry the roles in
 * {@code groups} (the realm's mapper) beside Keycloak's own {@code realm_access}.
 */
@QuarkusTest
@WithKafkaBroker
@TestProfile(IdentityProviderTokensTest.BehindKeycloak.class)
class IdentityProviderTokensTest {

    /** The test and its resources may live in different class loaders: the keys reach the test through config. */
    private static final String KEYS = "idp-test.private-key.";

    public static class BehindKeycloak implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Realm.class));
        }
    }

    /** Keycloak's certs endpoint for realm "unionhub": the keys, selected by a token's kid. */
    public static class Realm implements QuarkusTestResourceLifecycleManager {
        private StubHttpServer server;

        @Override
        public Map<String, String> start() {
            KeyPair current = rsa();
            KeyPair previous = rsa();
            String jwks = jwks(current, previous);
            server = StubHttpServer.serving("/realms/unionhub/protocol/openid-connect/certs", "application/json",
                    () -> jwks);
            String realm = server.url() + "/realms/unionhub";
            return Map.of("mp.jwt.verify.issuer", realm,
                    "mp.jwt.verify.publickey.location", realm + "/protocol/openid-connect/certs",
                    KEYS + "current", encoded(current.getPrivate()), KEYS + "previous", encoded(previous.getPrivate()),
                    KEYS + "stranger", encoded(rsa().getPrivate()));
        }

        @Override
        public void stop() {
            if (server != null) {
                server.close();
            }
        }

        private static String jwks(KeyPair current, KeyPair previous) {
            return new JsonWebKeySet(jwk("kc-current", current), jwk("kc-previous", previous)).toJson();
        }

        private static RsaJsonWebKey jwk(String keyId, KeyPair pair) {
            RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            key.setKeyId(keyId);
            key.setUse("sig");
            key.setAlgorithm("RS256");
            return key;
        }

        private static String encoded(PrivateKey key) {
            return Base64.getEncoder().encodeToString(key.getEncoded());
        }
    }

    @Test
    void aTokenTheProviderSignedIsTakenWhicheverOfItsKeysSignedIt() {
        given().header("Authorization", keycloakToken("kc-current", key("current"), issuer(), "union-staff"))
                .when().get("/api/kittest/parcels/caller").then().statusCode(200)
                .body("memberId", equalTo("3f1c2a5e-keycloak-user"));
        given().header("Authorization", keycloakToken("kc-previous", key("previous"), issuer(), "union-staff"))
                .when().get("/api/kittest/parcels/caller").then().statusCode(200);
    }

    @Test
    void theRolesComeFromTheGroupsClaim() {
        given().header("Authorization", keycloakToken("kc-current", key("current"), issuer(), "worker"))
                .when().get("/api/kittest/parcels/caller").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aKeyOutsideTheSetAnotherIssuerOrTheDevKeyAreRefused() {
        given().header("Authorization", keycloakToken("kc-current", key("stranger"), issuer(), "union-staff"))
                .when().get("/api/kittest/parcels/caller").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", keycloakToken("kc-current", key("current"), issuer() + "-other",
                "union-staff")).when().get("/api/kittest/parcels/caller").then().statusCode(401);
        // the dev key vouches for nothing once a deployment names its provider
        given().header("Authorization", TestTokens.bearer("m-1", "union-staff"))
                .when().get("/api/kittest/parcels/caller").then().statusCode(401);
    }

    /** What Keycloak issues with UnionHub's realm export: its claims, plus groups and the unionhub audience. */
    private static String keycloakToken(String keyId, PrivateKey key, String tokenIssuer, String role) {
        return "Bearer " + Jwt.issuer(tokenIssuer)
                .audience(Set.of(TestTokens.AUDIENCE, "account"))
                .subject("3f1c2a5e-keycloak-user")
                .claim("typ", "Bearer")
                .claim("azp", "unionhub-app")
                .claim("preferred_username", "demo-staff")
                .claim("realm_access", Map.of("roles", List.of(role, "default-roles-unionhub")))
                .groups(Set.of(role))
                .expiresIn(300)
                .jws().keyId(keyId).sign(key);
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
    }

    private static PrivateKey key(String name) {
        byte[] encoded = Base64.getDecoder().decode(ConfigProvider.getConfig().getValue(KEYS + name, String.class));
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
