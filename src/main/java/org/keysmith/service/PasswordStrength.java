package org.keysmith.service;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.lang.ref.SoftReference;
import java.nio.CharBuffer;

/**
 * How hard a master password is to guess (zxcvbn: score 0-4 with advice), read from a char[] (no String).
 *
 * <p>zxcvbn's dictionaries are about 20 MB of heap (some 100 000 words with their ranks), needed only while a new
 * master password is typed: at first start and in the password change. They are loaded on first use and held softly,
 * so a session that never asks for a new password never loads them, and a long session can give them back.
 */
public final class PasswordStrength {
    /** Scores below this are weak: the UI warns but does not block. */
    public static final int GOOD_SCORE = 3;
    private static final String[] LABELS = {"Very weak", "Weak", "Fair", "Strong", "Very strong"};
    private SoftReference<Zxcvbn> zxcvbn = new SoftReference<>(null);

    /** The estimate: score, label, and the most useful piece of advice ("" when none). */
    public record Estimate(int score, String label, String advice) {
        public boolean isWeak() {
            return score < GOOD_SCORE;
        }
    }

    /** Loads zxcvbn's dictionaries now (they take a moment; called in the background at start-up). */
    public void warmUp() {
        estimate("warm-up".toCharArray());
    }

    private synchronized Zxcvbn zxcvbn() {
        Zxcvbn z = zxcvbn.get();
        if (z == null) {
            z = new Zxcvbn();
            zxcvbn = new SoftReference<>(z);
        }
        return z;
    }

    /** Estimates {@code password}; note that zxcvbn wipes the array it was given, so pass a copy. */
    public Estimate estimate(char[] password) {
        if (password.length == 0) {
            return new Estimate(0, "", "");
        }
        Strength s = zxcvbn().measure(CharBuffer.wrap(password));
        String advice = s.getFeedback().getWarning();
        if (advice == null || advice.isBlank()) {
            advice = s.getFeedback().getSuggestions().isEmpty() ? "" : s.getFeedback().getSuggestions().get(0);
        }
        s.wipe();
        return new Estimate(s.getScore(), LABELS[s.getScore()], advice);
    }
}
