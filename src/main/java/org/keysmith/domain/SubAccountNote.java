package org.keysmith.domain;

/**
 * The note (OKX's {@code label}) of a new sub-account: none, or 6 to 32 characters (OKX's rule for
 * create-subaccount, docs/okx-protocol.md; OKX refuses a shorter one with "Parameter label error").
 */
public final class SubAccountNote {
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 32;

    private SubAccountNote() {
    }

    /** The note as it will be sent ("" for none, surrounding blanks removed), or a message for the user. */
    public static Validated<String> parse(String text) {
        String note = text == null ? "" : text.strip();
        if (!note.isEmpty() && (note.length() < MIN_LENGTH || note.length() > MAX_LENGTH)) {
            return Validated.invalid("OKX accepts a sub-account note of " + MIN_LENGTH + "–" + MAX_LENGTH
                    + " characters, or none; this one has " + note.length() + ". Lengthen it, or leave it empty.");
        }
        if (note.chars().anyMatch(Character::isISOControl)) {
            return Validated.invalid("A sub-account note cannot contain line breaks or other control characters.");
        }
        return Validated.ok(note);
    }
}
