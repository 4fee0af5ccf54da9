package io.unionhub.kit.input;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015), as every service takes an employer's: 18
 * characters from a 31-character set that leaves out I, O, Z, S and V; the last is a check character over the first
 * 17, weighted 3^i mod 31.
 */
public final class CreditCode {

    /** The shape a body's code is checked against first; {@link #isValid} then checks its check character. */
    public static final String PATTERN = "[0-9A-Z]{18}";
    public static final String MESSAGE = "must be the 18 characters of a unified social credit code";
    /** The message key of a code whose check character does not match. */
    public static final String INVALID = "problem.field.credit-code";

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private CreditCode() {
    }

    /** Whether the code is 18 characters of the set with the right check character (upper case only). */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        return code.charAt(17) == checkCharacter(sum);
    }

    /**
     * Whether the code is an individual business's (个体工商户: registered by market regulation, 9, as category 2):
     * it stands for the natural person who runs it, so it is personal data, not an organisation's public number.
     */
    public static boolean isIndividualBusiness(String code) {
        return code.startsWith("92");
    }

    /** The check character for the first 17 characters (for demo data and tests). */
    public static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return checkCharacter(sum);
    }

    private static char checkCharacter(int sum) {
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
