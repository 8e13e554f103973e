package org.keysmith.domain;

import java.security.SecureRandom;

/**
 * Generates passphrases that always meet {@link PassphrasePolicy} and contain only characters that are
 * safe unquoted in shells, {@code .env} files and HTTP headers: letters, digits and {@value #SAFE_SPECIALS}.
 */
public final class PassphraseGenerator {
    public static final int DEFAULT_LENGTH = 20;
    public static final String SAFE_SPECIALS = "-_.:@+=";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String ALL = UPPER + LOWER + DIGITS + SAFE_SPECIALS;

    private final SecureRandom random;

    public PassphraseGenerator(SecureRandom random) {
        this.random = random;
    }

    public Secret generate() {
        return generate(DEFAULT_LENGTH);
    }

    public Secret generate(int length) {
        if (length < PassphrasePolicy.MIN_LENGTH || length > PassphrasePolicy.MAX_LENGTH) {
            throw new InvalidInputException("A passphrase has " + PassphrasePolicy.MIN_LENGTH + "–"
                    + PassphrasePolicy.MAX_LENGTH + " characters.");
        }
        char[] out = new char[length];
        out[0] = pick(UPPER);
        out[1] = pick(LOWER);
        out[2] = pick(DIGITS);
        out[3] = pick(SAFE_SPECIALS);
        for (int i = 4; i < length; i++) {
            out[i] = pick(ALL);
        }
        shuffle(out);
        return Secret.wrap(out);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private void shuffle(char[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
