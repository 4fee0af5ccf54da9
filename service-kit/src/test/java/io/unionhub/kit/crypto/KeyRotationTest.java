package io.unionhub.kit.crypto;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.unionhub.kit.testing.TestTokens;
import io.unionhub.kit.testing.WithKafkaBroker;

/** After a rotation, what the old key sealed still reads, and is re-sealed with the new key until none is left. */
@QuarkusTest
@WithKafkaBroker
@TestProfile(KeyRotationTest.Rotated.class)
class KeyRotationTest {

    /** The dev key, now old. */
    private static final String OLD_KEY = "ZGV2LW9ubHkta2V5LWZvci11bmlvbmh1Yi0zMmJ5dGU=";
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("second-key-32-bytes-for-rotation".getBytes());

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the test runs the re-seal itself
            return Map.of("unionhub.crypto.key", NEW_KEY, "unionhub.crypto.key-id", "2",
                    "unionhub.crypto.old-keys", "1:" + OLD_KEY, "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    KeyRotation rotation;

    @Inject
    EntityManager entityManager;

    @Test
    void valuesTheOldKeySealedReadAndAreResealedWithTheNewOne() {
        UUID first = insertSealedByOldKey("Wang Fang");
        UUID second = insertSealedByOldKey("Li Ming");
        String staff = TestTokens.bearer("staff-1", "union-staff");
        given().header("Authorization", staff).when().get("/api/kittest/parcels/" + first)
                .then().statusCode(200).body("recipient", equalTo("Wang Fang"));
        assertTrue(Double.isNaN(rotation.valuesOnOldKeys()), "unknown before the first run");

        assertEquals(1, rotation.reseal(1));
        assertEquals(1.0, rotation.valuesOnOldKeys(), "one left for the next run");
        given().when().get("/q/metrics").then().body(containsString("unionhub_crypto_values_on_old_keys 1.0"));

        assertEquals(1, rotation.reseal(100));
        assertTrue(stored(first).startsWith("2:"), stored(first));
        assertTrue(stored(second).startsWith("2:"), stored(second));
        assertEquals(0.0, rotation.valuesOnOldKeys(), "nothing left for the old key: it can go");
        given().when().get("/q/metrics").then().body(containsString("unionhub_crypto_values_on_old_keys 0.0"));
        given().header("Authorization", staff).when().get("/api/kittest/parcels/" + second)
                .then().statusCode(200).body("recipient", equalTo("Li Ming"));
    }

    private UUID insertSealedByOldKey(String recipient) {
        UUID id = UUID.randomUUID();
        String sealed = new Keyring("1", OLD_KEY, "").encrypt(recipient);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into parcel (id, label, weight, recipient) values (:id, 'rotated', 1, :recipient)")
                .setParameter("id", id).setParameter("recipient", sealed).executeUpdate());
        return id;
    }

    private String stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select recipient from parcel where id = :id").setParameter("id", id)
                .getSingleResult());
    }
}
