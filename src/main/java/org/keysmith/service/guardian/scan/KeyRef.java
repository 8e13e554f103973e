package org.keysmith.service.guardian.scan;

import java.util.Objects;

/**
 * Which vault key a hit belongs to, by id and name (never a secret). {@code masterKey} is true for a connection's
 * master key; its id is then the connection's id.
 */
public record KeyRef(String id, String name, boolean masterKey) {
    public KeyRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** How a hit names the key: {@code bot1}, or {@code master key of connection "main"}. */
    public String label() {
        return masterKey ? "master key of connection \"" + name + "\"" : "\"" + name + "\"";
    }
}
