package org.keysmith.service;

import java.time.Clock;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Slot;

/**
 * Slots: stable names for the key currently serving a bot ({@code keysmith slot set gridbot --key K}). A slot name
 * is never also a key name; finishing a rotation moves the old key's slots to the new key (KeyRotation).
 */
public final class Slots {
    private final VaultSession session;
    private final KeyNames names;
    private final Clock clock;

    public Slots(VaultSession session, KeyNames names, Clock clock) {
        this.session = session;
        this.names = names;
        this.clock = clock;
    }

    /** Points the slot {@code name} at the key {@code keyId} (creating the slot, or moving it). */
    public Slot set(String name, String keyId) throws UserFacingException {
        String problem = Slot.problem(name);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        ApiKeyEntry e = session.vault().entry(keyId)
                .orElseThrow(() -> new UserFacingException("This key is no longer in the vault."));
        if (session.vault().entries().stream().anyMatch(k -> k.name().equals(name))) {
            throw new KeyNames.Ambiguous("A key is already named \"" + name + "\". A slot needs a name of its own "
                    + "so that --key " + name + " means one thing; choose another (for example " + name
                    + "-live).");
        }
        if (!e.status().mayBeLive() || !e.hasSecret()) {
            throw new UserFacingException("The key \"" + e.name() + "\" cannot serve a bot (" + e.status().label()
                    + "), so no slot was pointed at it. Choose a live key whose secret the vault holds.");
        }
        Slot before = names.slot(name).orElse(null);
        if (before != null && before.keyId().equals(keyId)) {
            return before;
        }
        String from = before == null ? "" : " (was " + session.vault().entry(before.keyId())
                .map(ApiKeyEntry::name).orElse("a key no longer in the vault") + ")";
        Slot s = new Slot(name, keyId, clock.instant());
        return session.change(edit -> edit.put(s, "slot " + name + " now points at " + e.name() + from));
    }

    /** Removes the slot {@code name}; the key it pointed at is untouched. */
    public Slot remove(String name) throws UserFacingException {
        Slot s = names.slot(name).orElseThrow(() -> new KeyNames.NotFound("There is no slot named \"" + name
                + "\". keysmith slot list shows the slots."));
        session.change(edit -> {
            edit.remove(s);
            return s;
        });
        return s;
    }

    /** Every slot, by name. */
    public List<Slot> all() throws UserFacingException {
        return session.vault().slots().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** The slots pointing at the key {@code keyId}, by name. */
    public List<Slot> of(String keyId) throws UserFacingException {
        return all().stream().filter(s -> s.keyId().equals(keyId)).toList();
    }
}
