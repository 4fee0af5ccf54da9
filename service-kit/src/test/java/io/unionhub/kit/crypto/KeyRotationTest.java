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
            return Map.of("unionhub.crypto.key", NEW_KEY, "unionhub.crypto.key-id", "2",
                    "unionhub.crypto.old-keys", "1:" + OLD_KEY, "unionhub.crypto.reseal-every", "1h");
        }
    }

    @Inject
    KeyRotation rotation;

    @Inject
    EntityManager entityManager;

    @Test
    void valuesTheOldKeySealedReadAndAreResealedWithTheNewOne() {
        UUID id = UUID.randomUUID();
        String sealedByOldKey = new Keyring("1", OLD_KEY, "").encrypt("Wang Fang");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into parcel (id, label, weight, recipient) values (:id, 'rotated', 1, :recipient)")
                .setParameter("id", id).setParameter("recipient", sealedByOldKey).executeUpdate());
        String staff = TestTokens.bearer("staff-1", "union-staff");
        given().header("Authorization", staff).when().get("/api/kittest/parcels/" + id)
                .then().statusCode(200).body("recipient", equalTo("Wang Fang"));

        assertTrue(rotation.reseal(100) >= 1);

        assertTrue(stored(id).startsWith("2:"), stored(id));
        assertEquals(0, rotation.valuesOnOldKeys(), "nothing left for the old key: it can go");
        given().header("Authorization", staff).when().get("/api/kittest/parcels/" + id)
                .then().statusCode(200).body("recipient", equalTo("Wang Fang"));
        given().when().get("/q/metrics").then().body(containsString("unionhub_crypto_values_on_old_keys 0.0"));
    }

    private String stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select recipient from parcel where id = :id").setParameter("id", id)
                .getSingleResult());
    }
}
