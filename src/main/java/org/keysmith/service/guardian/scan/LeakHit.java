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

    /**
     * What was found, in words: {@code secret key of "bot1"}, {@code unknown OKX credentials (API key 3f2b8c1e…)}.
     * The same words on the command line and in the window.
     */
    public String description() {
        if (kind == LeakKind.UNKNOWN_CREDENTIALS) {
            String of = keys.isEmpty() ? "" : "; the API key is that of " + keys.get(0).label()
                    + " but the secret key is not the vault's";
            return "unknown OKX credentials (API key " + apiKeyHint + "…" + of + ")";
        }
        return kind.text() + " of " + String.join(", ", keys.stream().map(KeyRef::label).toList());
    }

    /** Whether this hit is a secret the vault holds (not an unknown triad). */
    public boolean isVaultSecret() {
        return kind != LeakKind.UNKNOWN_CREDENTIALS;
    }
}
