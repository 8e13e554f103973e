package org.keysmith.domain;

/**
 * The key's name, which OKX calls {@code label}: 1 to 10 letters and digits (Keysmith's form rule,
 * stricter than the exchange's "at most 50 letters or digits", so a name always fits both).
 */
public record KeyName(String value) {
    public static final int MAX_LENGTH = 10;
    public static final String RULE = "1–10 letters (A–Z, a–z) and digits, no spaces or symbols";

    public KeyName {
        String error = problem(value);
        if (error != null) {
            throw new InvalidInputException(error);
        }
    }

    public static Validated<KeyName> parse(String text) {
        String error = problem(text);
        return error == null ? Validated.ok(new KeyName(text)) : Validated.invalid(error);
    }

    private static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "Enter a name for the key (" + RULE + ").";
        }
        if (text.length() > MAX_LENGTH) {
            return "The name is " + text.length() + " characters long; Keysmith allows at most " + MAX_LENGTH
                    + " (a short name fits every tool that shows it; OKX itself allows longer labels).";
        }
        int bad = Chars.firstNotAsciiLetterOrDigit(text);
        if (bad >= 0) {
            return "The name may only contain letters and digits; remove " + Chars.describe(text.charAt(bad)) + ".";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
