package org.keysmith.service.guardian.scan;

import java.util.List;
import java.util.Objects;

/**
 * One place a credential was found: the file (for history, the path at that commit), the 1-based line, the commit
 * ({@code null} for a file on disk, {@link #STAGED} for staged changes), what was found and which vault keys it
 * belongs to. Holds no secret: for unknown credentials, {@code apiKeyHint} is the first 8 characters of the API key
 * (a public identifier), and {@code keys} names the vault key that API key belongs to, if any.
 */
public record LeakHit(String path, long line, String commit, LeakKind kind, List<KeyRef> keys, String apiKeyHint) {
    public static final String STAGED = "staged";

    public LeakHit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        keys = List.copyOf(keys);
    }

    public boolean inHistory() {
        return commit != null;
    }

    /** Whether this hit is a secret the vault holds (not an unknown triad). */
    public boolean isVaultSecret() {
        return kind != LeakKind.UNKNOWN_CREDENTIALS;
    }
}
