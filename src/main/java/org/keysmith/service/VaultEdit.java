package org.keysmith.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.GuardianState;
import org.keysmith.domain.RevokePlan;
import org.keysmith.domain.Rotation;
import org.keysmith.domain.Slot;
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

    public List<Deployment> deployments() {
        return vault.deployments();
    }

    /**
     * Records a use of deployment {@code d} (a new one, or the same key and name used again, which keeps its first
     * use) with its audit event {@code action} against the deployment's key. Returns what is stored.
     */
    public Deployment put(Deployment d, AuditAction action, String detail) throws VaultException {
        Deployment stored = vault.deployments().stream().filter(x -> x.storeKey().equals(d.storeKey())).findFirst()
                .map(old -> old.usedAgain(d)).orElse(d);
        vault.putDeployment(stored);
        audit(action, vault.entry(d.keyId()).orElse(null), detail);
        return stored;
    }

    public List<Slot> slots() {
        return vault.slots();
    }

    /** Sets or moves the slot, recorded against the key it now points at. */
    public Slot put(Slot s, String detail) throws VaultException {
        vault.putSlot(s);
        audit(AuditAction.SLOT_SET, vault.entry(s.keyId()).orElse(null), detail);
        return s;
    }

    /**
     * Points every slot of the key {@code fromKeyId} at {@code toKeyId} (a finished rotation), each recorded with
     * {@code why}. Returns the slots as they are now.
     */
    public List<Slot> moveSlots(String fromKeyId, String toKeyId, String why) throws VaultException {
        List<Slot> moved = new ArrayList<>();
        for (Slot s : vault.slots()) {
            if (s.keyId().equals(fromKeyId)) {
                moved.add(put(s.pointingAt(toKeyId, clock.instant()), "slot " + s.name() + " " + why));
            }
        }
        return moved;
    }

    /** Removes the slot, recorded against the key it pointed at. */
    public void remove(Slot s) throws VaultException {
        vault.removeSlot(s.name());
        audit(AuditAction.SLOT_REMOVED, vault.entry(s.keyId()).orElse(null), "slot " + s.name() + " removed");
    }

    public List<RevokePlan> revokePlans() {
        return vault.revokePlans();
    }

    public GuardianState guardian() {
        return vault.guardian();
    }

    /** Replaces the guardian's state; not audited itself (what it did to a key is, with the key). */
    public GuardianState put(GuardianState g) throws VaultException {
        vault.putGuardian(g);
        return g;
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
