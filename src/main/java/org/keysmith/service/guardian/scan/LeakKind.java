package org.keysmith.service.guardian.scan;

import java.util.Locale;

/** What a hit is. */
public enum LeakKind {
    /** The secret key of a vault key. */
    SECRET_KEY("secret key"),
    /** The passphrase of a vault key. */
    PASSPHRASE("passphrase"),
    /** An API key, a secret key and a passphrase-like word close together that the vault does not know. */
    UNKNOWN_CREDENTIALS("unknown OKX credentials");

    private final String text;

    LeakKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The word used in JSON output: {@code secret_key}, {@code passphrase}, {@code unknown_credentials}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
