package io.unionhub.kit.input;

/** Phone numbers as every service takes them (a mainland mobile, or a landline with its area code) and masks them. */
public final class Phone {

    public static final String PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";
    public static final String MESSAGE = "must be a mobile number (11 digits) or a landline with its area code";

    private Phone() {
    }

    /** The number as a list shows it: 138****5678. */
    public static String masked(String phone) {
        if (phone.length() < 8) {
            return "****" + phone.substring(Math.max(0, phone.length() - 2));
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
