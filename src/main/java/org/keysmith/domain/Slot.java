package org.keysmith.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A stable name ("gridbot") for the key currently serving it: {@code keysmith run --key gridbot} follows the slot,
 * and finishing a rotation moves every slot of the old key to the new one, so a unit file never needs editing.
 * Slot names and key names never collide (a name means one thing).
 */
public record Slot(String name, String keyId, Instant since) {
    public static final int MAX_LENGTH = 40;
    public static final String RULE = "1–40 letters, digits, '-', '_' or '.', starting with a letter or digit";

    public Slot {
        Objects.requireNonNull(keyId, "keyId");
        String problem = problem(name);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
    }

    /** Why {@code text} cannot name a slot, or null. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "Give the slot a name (" + RULE + ").";
        }
        if (text.length() > MAX_LENGTH) {
            return "The slot name is " + text.length() + " characters long; at most " + MAX_LENGTH + " are allowed.";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c < 128 && Character.isLetterOrDigit(c);
            if (!plain && (i == 0 || (c != '-' && c != '_' && c != '.'))) {
                return "The slot name \"" + text + "\" is not allowed: " + RULE + ".";
            }
        }
        return null;
    }

    /** The same slot pointing at {@code newKeyId} from {@code at}. */
    public Slot pointingAt(String newKeyId, Instant at) {
        return new Slot(name, newKeyId, at);
    }
}
