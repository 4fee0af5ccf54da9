package io.unionhub.kit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    /** The standard's own example (GB 11643-1999, annex). */
    private static final String EXAMPLE = "11010519491231002X";

    @Test
    void theStandardsExampleIsValidWithItsBirthDate() {
        assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), ResidentId.birthDate(EXAMPLE));
        assertEquals('X', ResidentId.checkCharacterOf(EXAMPLE.substring(0, 17)));
        assertEquals("110105********002X", ResidentId.masked(EXAMPLE));
    }

    @Test
    void anyTypoAWrongCheckCharacterOrAnImpossibleDateIsNotANumber() {
        for (int i = 0; i < 17; i++) {
            char typo = EXAMPLE.charAt(i) == '1' ? '2' : '1';
            assertTrue(ResidentId.birthDate(EXAMPLE.substring(0, i) + typo + EXAMPLE.substring(i + 1)).isEmpty(),
                    "typo at " + i);
        }
        String february30 = "11010519490230002";
        assertTrue(ResidentId.birthDate(february30 + ResidentId.checkCharacterOf(february30)).isEmpty());
        assertTrue(ResidentId.birthDate("11010519491231002x").isEmpty(), "lower-case x");
        assertTrue(ResidentId.birthDate(null).isEmpty());
    }
}
