package io.unionhub.kit.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): 17 digits — the region, the birth date
 * (YYYYMMDD), a sequence — and a check character over them, weighted 2^(17-i) mod 11, "X" for 10.
 */
public final class ResidentId {

    /** The shape a body's number is checked against first; {@link #birthDate} then checks the rest. */
    public static final String PATTERN = "\\d{17}[\\dX]";
    public static final String MESSAGE = "must be the 18 characters of a resident identity card number";
    /** The message key of a number whose birth date or check character is wrong. */
    public static final String INVALID = "problem.field.resident-id";

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private ResidentId() {
    }

    /** The birth date the number holds, if it is a valid number (its date real, its check character right). */
    public static Optional<LocalDate> birthDate(String number) {
        if (number == null || !number.matches(PATTERN)) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        if (number.charAt(17) != CHECK.charAt(sum % 11)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Whether the number is a man's: its 17th digit, the sequence's last, is odd for a man and even for a woman. */
    public static boolean isMale(String number) {
        return (number.charAt(16) - '0') % 2 == 1;
    }

    /** The number as a screen may show it: 110105********123X. */
    public static String masked(String number) {
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    /** The check character of the first 17 digits (for demo data and tests). */
    public static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
