package org.keysmith.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * OKX's rule for a key's passphrase: 8–32 characters with an upper-case letter, a lower-case letter,
 * a digit and a special character. Keysmith also requires printable ASCII without spaces, because the
 * passphrase travels in an HTTP header and ends up in shell scripts and {@code .env} files.
 */
public final class PassphrasePolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 32;

    /** One line of the checklist a form shows while the user types. */
    public enum Rule {
        LENGTH("8–32 characters"),
        UPPER("an upper-case letter (A–Z)"),
        LOWER("a lower-case letter (a–z)"),
        DIGIT("a digit (0–9)"),
        SPECIAL("a special character such as - _ . : @ + ="),
        PRINTABLE("only letters, digits and symbols on a US keyboard; no spaces");

        private final String text;

        Rule(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** Which rules {@code passphrase} meets, in checklist order; the secret is not copied. */
    public List<Rule> satisfied(Secret passphrase) {
        return passphrase.withChars(PassphrasePolicy::satisfied);
    }

    public List<Rule> unmet(Secret passphrase) {
        List<Rule> unmet = new ArrayList<>(List.of(Rule.values()));
        unmet.removeAll(satisfied(passphrase));
        return unmet;
    }

    public Validated<Secret> check(Secret passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            return Validated.invalid("Enter a passphrase for the key, or press Generate.");
        }
        List<Rule> unmet = unmet(passphrase);
        if (unmet.isEmpty()) {
            return Validated.ok(passphrase);
        }
        if (unmet.contains(Rule.LENGTH)) {
            return Validated.invalid("The passphrase has " + passphrase.length() + " characters; it needs "
                    + MIN_LENGTH + "–" + MAX_LENGTH + ".");
        }
        return Validated.invalid("The passphrase needs " + unmet.get(0).text() + ".");
    }

    private static List<Rule> satisfied(char[] p) {
        boolean upper = false, lower = false, digit = false, special = false, printable = true;
        for (char c : p) {
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= Chars.isAsciiDigit(c);
            special |= Chars.isAsciiSymbol(c);
            printable &= Chars.isAsciiLetterOrDigit(c) || Chars.isAsciiSymbol(c);
        }
        List<Rule> ok = new ArrayList<>();
        addIf(ok, p.length >= MIN_LENGTH && p.length <= MAX_LENGTH, Rule.LENGTH);
        addIf(ok, upper, Rule.UPPER);
        addIf(ok, lower, Rule.LOWER);
        addIf(ok, digit, Rule.DIGIT);
        addIf(ok, special, Rule.SPECIAL);
        addIf(ok, printable, Rule.PRINTABLE);
        return ok;
    }

    private static void addIf(List<Rule> list, boolean condition, Rule rule) {
        if (condition) {
            list.add(rule);
        }
    }
}
