package org.keysmith.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Connection;
import org.keysmith.domain.RevokePlan;
import org.keysmith.domain.Rotation;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultException;

/**
 * One change to the vault, handed to {@link VaultSession#change}: every write comes with its audit event, and the
 * session saves once when the change is over.
 */
public final class VaultEdit {
    private final Vault vault;
    private final Clock clock;

    VaultEdit(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    public List<ApiKeyEntry> entries() {
        return vault.entries();
    }

    public Optional<ApiKeyEntry> entry(String id) {
        return vault.entry(id);
    }

    public List<Rotation> rotations() {
        return vault.rotations();
    }

    /** Adds or replaces the entry, and records why. */
    public ApiKeyEntry put(ApiKeyEntry e, AuditAction action, String detail) throws VaultException {
        vault.putEntry(e);
        audit(action, e, detail);
        return e;
    }

    /**
     * Records that a key is about to be created (the intent, not an event: its outcome is audited, as created, or
     * as removed when OKX has no such key).
     */
    public ApiKeyEntry putPending(ApiKeyEntry pending) throws VaultException {
        vault.putEntry(pending);
        return pending;
    }

    /** Takes back a "being created" entry whose create OKX refused (nothing happened, so nothing is audited). */
    public void discardPending(String id) throws VaultException {
        vault.removeEntry(id);
    }

    /** Adds or replaces the rotation, and records it against its old key. */
    public Rotation put(Rotation r, String detail) throws VaultException {
        vault.putRotation(r);
        audit(AuditAction.KEY_ROTATED, vault.entry(r.oldKeyId()).orElse(null), detail);
        return r;
    }

    /** Adds or replaces a panic revoke; not audited itself: each key it revokes is (KeyService.revoke). */
    public RevokePlan put(RevokePlan p) throws VaultException {
        vault.putRevokePlan(p);
        return p;
    }

    public List<RevokePlan> revokePlans() {
        return vault.revokePlans();
    }

    public Connection put(Connection c) throws VaultException {
        vault.putConnection(c);
        audit(AuditAction.CONNECTION_SAVED, null, c.name());
        return c;
    }

    public void removeConnection(String id) throws VaultException {
        vault.removeConnection(id);
        audit(AuditAction.CONNECTION_REMOVED, null, id);
    }

    public void removeEntry(String id, String detail) throws VaultException {
        ApiKeyEntry gone = vault.entry(id).orElse(null);
        if (gone != null) {
            vault.removeEntry(id);
            audit(AuditAction.KEY_REMOVED, gone, detail);
        }
    }

    /** An event without a change of its own (what was synced, for instance). */
    public void audit(AuditAction action, ApiKeyEntry entry, String detail) {
        vault.appendAudit(new AuditEvent(clock.instant(), action, entry == null ? null : entry.id(),
                entry == null ? null : entry.name(), detail));
    }
}
