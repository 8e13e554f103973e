package org.keysmith.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Slot;

/**
 * The one rule for what a key name means, for every front end (the command line, {@code keysmith run}, the relay).
 * A key is named by its name or id, narrowed to a connection when one is given; of several keys with the name, the
 * only one that may still be live wins; otherwise the name is ambiguous. Where a bot is named ({@link #forBot}), a
 * slot of that name comes first: slot names and key names never collide, and a vault where they do is refused.
 */
public final class KeyNames {
    private final VaultSession session;

    public KeyNames(VaultSession session) {
        this.session = session;
    }

    /** Nothing has that name. */
    public static final class NotFound extends UserFacingException {
        NotFound(String message) {
            super(message);
        }
    }

    /** Several keys (or a key and a slot) have that name; the message says how to say which. */
    public static final class Ambiguous extends UserFacingException {
        Ambiguous(String message) {
            super(message);
        }
    }

    /** The key a bot's {@code --key} means, and the slot it went through (null when named directly). */
    public record Named(ApiKeyEntry entry, Slot slot) {
    }

    /** The key named (or with the id) {@code key}, on the connection {@code connectionId} when not null. */
    public ApiKeyEntry key(String key, String connectionId) throws UserFacingException {
        String name = key == null ? "" : key.strip();
        List<ApiKeyEntry> all = session.vault().entries();
        List<ApiKeyEntry> found = all.stream().filter(e -> (e.id().equals(name) || e.name().equals(name))
                && (connectionId == null || connectionId.equals(e.connectionId()))).toList();
        if (found.size() > 1) {
            List<ApiKeyEntry> live = found.stream().filter(e -> e.status().mayBeLive()).toList();
            if (live.size() == 1) {
                return live.get(0);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new NotFound("no key named \"" + name + "\""
                    + (connectionId == null ? "" : " on " + connectionName(connectionId)) + ". Keys: "
                    + (all.isEmpty() ? "none" : all.stream().map(ApiKeyEntry::name).distinct().sorted()
                    .collect(Collectors.joining(", "))) + " (keysmith key list shows them)");
        }
        List<String> where = new ArrayList<>();
        for (ApiKeyEntry e : found) {
            where.add(e.id() + " (" + connectionName(e.connectionId()) + ", "
                    + (e.subAccount() == null ? "main account" : e.subAccount()) + ", " + e.status().label() + ")");
        }
        throw new Ambiguous("several keys are named \"" + name + "\": " + String.join("; ", where)
                + ". Say which with --connection NAME (where the command has it) or give the id");
    }

    /** What {@code --key NAME} of a bot means: the key the slot {@code name} points at, or the key of that name. */
    public Named forBot(String name) throws UserFacingException {
        if (name == null || name.isBlank()) {
            throw new NotFound("Name the key or slot to run with: --key NAME (keysmith key list and keysmith slot "
                    + "list show them).");
        }
        String n = name.strip();
        Optional<Slot> slot = slot(n);
        if (slot.isEmpty()) {
            return new Named(key(n, null), null);
        }
        if (session.vault().entries().stream().anyMatch(e -> e.name().equals(n))) {
            throw new Ambiguous("\"" + n + "\" names both a slot and a key, so Keysmith will not guess which you "
                    + "mean. Rename the key (keysmith key edit " + n + " --rename NEW) or remove the slot (keysmith "
                    + "slot remove " + n + ").");
        }
        ApiKeyEntry e = session.vault().entry(slot.get().keyId()).orElseThrow(() -> new NotFound("The slot \"" + n
                + "\" points at a key that is no longer in the vault. Point it at a key: keysmith slot set " + n
                + " --key KEY."));
        return new Named(e, slot.get());
    }

    /** The slot named {@code name}, if any. */
    public Optional<Slot> slot(String name) throws UserFacingException {
        return session.vault().slots().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The short name of a connection: {@code sandbox} for the built-in one, else the name it was added with. */
    private String connectionName(String connectionId) throws UserFacingException {
        if (connectionId == null) {
            return "no connection";
        }
        if (Connection.SANDBOX_ID.equals(connectionId)) {
            return "sandbox";
        }
        return session.vault().connection(connectionId).map(Connection::name).orElse(connectionId);
    }
}
