package org.keysmith.domain;

/** An OKX sub-account name: 6 to 20 letters and digits, case-sensitive. */
public record SubAccountName(String value) {
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 20;
    public static final String RULE = "6–20 letters and digits, case-sensitive, no spaces";

    public SubAccountName {
        String error = problem(value);
        if (error != null) {
            throw new InvalidInputException(error);
        }
    }

    public static Validated<SubAccountName> parse(String text) {
        String error = problem(text);
        return error == null ? Validated.ok(new SubAccountName(text)) : Validated.invalid(error);
    }

    private static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "Choose a sub-account (" + RULE + ").";
        }
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return "A sub-account name has " + MIN_LENGTH + "–" + MAX_LENGTH + " characters; this one has "
                    + text.length() + ".";
        }
        int bad = Chars.firstNotAsciiLetterOrDigit(text);
        if (bad >= 0) {
            return "A sub-account name may only contain letters and digits; remove "
                    + Chars.describe(text.charAt(bad)) + ".";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
