package org.keysmith.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rule a new master password must meet (security review M5): at least {@link #MIN_LENGTH} characters and a
 * zxcvbn score of at least {@link #MIN_SCORE}. The vault file is routinely copied to backups and sync folders, and
 * its only barrier against offline guessing is the KDF; a password zxcvbn scores 0-2 falls in hours on a GPU.
 *
 * <p>A refused password can still be kept on purpose: the first-start form and the password change show a
 * checkbox after a refusal and ask the user to type {@link #OVERRIDE_PHRASE}; the command line takes
 * {@code --accept-weak-password}. Used by the first-start form, the password change and the CLI.
 */
public final class PasswordPolicy {
    /** Fewer characters than this are refused whatever zxcvbn says. */
    public static final int MIN_LENGTH = 12;
    /** zxcvbn scores below this (0 "Very weak" .. 2 "Fair") are refused. */
    public static final int MIN_SCORE = PasswordStrength.GOOD_SCORE;
    /** What the user types (case and surrounding spaces do not matter) to keep a refused password. */
    public static final String OVERRIDE_PHRASE = "I accept a weak password";

    private final PasswordStrength strength;

    public PasswordPolicy(PasswordStrength strength) {
        this.strength = strength;
    }

    /**
     * What the policy says about a password. {@code problems} is empty when it is accepted; otherwise each entry
     * is one sentence, and {@link #reason()} joins them with the advice and why it matters.
     */
    public record Verdict(int length, PasswordStrength.Estimate estimate, List<String> problems) {
        public Verdict {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }

        /** A user-facing explanation of a refusal ("" when accepted); never contains the password. */
        public String reason() {
            if (accepted()) {
                return "";
            }
            StringBuilder s = new StringBuilder("This master password is too weak. ");
            s.append(String.join(" ", problems));
            if (!estimate.advice().isBlank()) {
                s.append(" Hint: ").append(estimate.advice().strip());
                if (!s.toString().endsWith(".")) {
                    s.append('.');
                }
            }
            s.append(" Anyone with a copy of the vault file can try guesses offline, so a weak password can fall"
                    + " in hours. Choose a longer one (a few unrelated words work well).");
            return s.toString();
        }
    }

    /**
     * Checks {@code password} against the rule; the array is left as it was (zxcvbn is given a copy, which is
     * wiped). Runs zxcvbn, which takes a few milliseconds (the first call loads its dictionaries).
     */
    public Verdict check(char[] password) {
        char[] copy = Arrays.copyOf(password, password.length);
        PasswordStrength.Estimate e;
        try {
            e = strength.estimate(copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
        List<String> problems = new ArrayList<>();
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            problems.add("It has " + length + (length == 1 ? " character" : " characters")
                    + "; Keysmith asks for at least " + MIN_LENGTH + ".");
        }
        if (e.score() < MIN_SCORE) {
            problems.add("It is easy to guess (rated \"" + (e.label().isEmpty() ? "Very weak" : e.label())
                    + "\", " + e.score() + " of 4; Keysmith asks for at least " + MIN_SCORE + ", \"Strong\").");
        }
        return new Verdict(length, e, problems);
    }

    /** True when {@code typed} is the override phrase (ignoring case and surrounding spaces). */
    public static boolean isOverrideConfirmation(CharSequence typed) {
        return typed != null
                && typed.toString().strip().toLowerCase(Locale.ROOT).equals(OVERRIDE_PHRASE.toLowerCase(Locale.ROOT));
    }
}
