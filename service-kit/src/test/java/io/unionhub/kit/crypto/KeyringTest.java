package io.unionhub.kit.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class KeyringTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString("first-key-of-32-bytes-for-tests!".getBytes());
    private static final String KEY_2 = Base64.getEncoder().encodeToString("second-key-32-bytes-for-rotation".getBytes());

    @Test
    void aValueNamesTheKeyThatSealedIt() {
        String sealed = new Keyring("1", KEY_1, "").encrypt("王芳");
        assertTrue(sealed.startsWith("1:"), sealed);
        assertFalse(sealed.contains("王芳"));
    }

    @Test
    void afterARotationOldValuesStillReadAndNewOnesUseTheNewKey() {
        String before = new Keyring("1", KEY_1, "").encrypt("王芳");
        Keyring rotated = new Keyring("2", KEY_2, "1:" + KEY_1);
        assertEquals("王芳", rotated.decrypt(before));
        String after = rotated.encrypt("王芳");
        assertTrue(after.startsWith("2:"), after);
        assertEquals("王芳", rotated.decrypt(after));
        assertEquals("2", rotated.currentKeyId());
    }

    @Test
    void aValueFromBeforeKeyIdsIsReadWithKeyOne() {
        String withId = new Keyring("1", KEY_1, "").encrypt("notes");
        String legacy = withId.substring("1:".length());
        assertEquals("notes", new Keyring("2", KEY_2, "1:" + KEY_1).decrypt(legacy));
    }

    @Test
    void aValueSealedByAKeyNoLongerListedFailsWithoutShowingTheValue() {
        String sealed = new Keyring("1", KEY_1, "").encrypt("secret");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new Keyring("2", KEY_2, "").decrypt(sealed));
        assertTrue(failure.getMessage().contains("key id '1'"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"));
    }

    @Test
    void aValueThatWasNeverEncryptedFailsWithoutQuotingIt() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new Keyring("1", KEY_1, "").decrypt("{\"name\": \"Wang Fang\"}"));
        assertFalse(failure.getMessage().contains("Wang"), failure.getMessage());
    }

    @Test
    void aKeyOfTheWrongSizeOrAMalformedListStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> new Keyring("1", "c2hvcnQ=", ""));
        assertThrows(IllegalStateException.class, () -> new Keyring("1", KEY_1, "no-colon-here"));
        assertThrows(IllegalStateException.class, () -> new Keyring("bad id!", KEY_1, ""));
        assertThrows(IllegalStateException.class, () -> new Keyring("1", null, ""));
    }
}
