package io.unionhub.kit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    private static final List<String> REAL = List.of("914403001922038216", "9144030071526726XG",
            "91330100799655058B", "91110000802100433B", "91310000717866186P");

    @Test
    void theCheckCharacterOfRealCreditCodesIsRecognisedAndAnyTypoIsNot() {
        for (String real : REAL) {
            assertTrue(CreditCode.isValid(real), real);
            for (int i = 0; i < 18; i++) {
                char typo = real.charAt(i) == '1' ? '2' : '1';
                assertFalse(CreditCode.isValid(real.substring(0, i) + typo + real.substring(i + 1)), real + " at " + i);
            }
        }
        assertFalse(CreditCode.isValid("9144030071526726xg"), "lower case");
        assertFalse(CreditCode.isValid("91440300192203821"), "17 characters");
        assertFalse(CreditCode.isValid("9144030019220382I6"), "I is not in the set");
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    void anIndividualBusinessIsTheCategoryTwoOfMarketRegulation() {
        assertTrue(CreditCode.isIndividualBusiness("92990200MA2XY4K31X"));
        assertFalse(CreditCode.isIndividualBusiness("914403001922038216"));
    }

    @Test
    void theCheckCharacterMadeForDemoCodesIsTheOneRealCodesCarry() {
        for (String real : REAL) {
            assertEquals(real.charAt(17), CreditCode.checkCharacterOf(real.substring(0, 17)), real);
        }
    }
}
