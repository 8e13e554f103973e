package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * An unlocked vault: its connections, key entries and audit log in memory, and the data key to save them.
 * Saving reuses the data key (no key derivation), does nothing when nothing changed, and refuses to overwrite a
 * file that changed on disk. Backups ({@link Backups}): before the first save of this unlock session that changes
 * more than the audit log, the file as it was becomes {@code .bak1}; later saves of the session take none.
 * {@link #lock()} wipes every secret and the key. Thread-safe.
 */
public final class Vault {
    private final Path path;
    private final VaultIo io;
    private final Backups backups;
    private final FailedUnlocks failedUnlocks;
    private final InstanceLock instanceLock;
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, ApiKeyEntry> entries = new LinkedHashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Map<String, Rotation> rotations = new LinkedHashMap<>();
    private final Map<String, RevokePlan> revokePlans = new LinkedHashMap<>();
    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private GuardianState guardian;
    private byte[] dataKey;
    private VaultHeader header;
    private FileFingerprint fingerprint;
    private boolean failuresMerged;
    private boolean locked;
    private boolean unsaved;
    /** Something besides the audit log changed since the last save. */
    private boolean contentChanged;
    /** This unlock session has pushed its one backup. */
    private boolean backedUp;

    Vault(Path path, VaultIo io, InstanceLock instanceLock, byte[] dataKey, VaultHeader header,
          FileFingerprint fingerprint, VaultContents contents) {
        this.path = path;
        this.io = io;
        this.backups = new Backups(path, io.files());
        this.failedUnlocks = new FailedUnlocks(path, io.files());
        this.instanceLock = instanceLock;
        this.dataKey = dataKey;
        this.header = header;
        this.fingerprint = fingerprint;
        contents.connections().forEach(c -> connections.put(c.id(), c));
        contents.entries().forEach(e -> entries.put(e.id(), e));
        audit.addAll(contents.audit());
        contents.rotations().forEach(r -> rotations.put(r.id(), r));
        contents.revokePlans().forEach(p -> revokePlans.put(p.id(), p));
        contents.deployments().forEach(d -> deployments.put(d.storeKey(), d));
        contents.slots().forEach(s -> slots.put(s.name(), s));
        this.guardian = contents.guardian();
    }

    public Path path() {
        return path;
    }

    /**
     * Plain-words notes for the user from opening this vault (failed attempts since the last unlock, an older file
     * than this computer saw, leftovers deleted, side files ignored, a folder others can write to) and from saving
     * it since (a backup that could not be written). Empty when all is well.
     */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    synchronized void addNotice(String notice) {
        if (!notices.contains(notice)) {
            notices.add(notice);
        }
    }

    public List<Path> backups() {
        return backups.existing();
    }

    /**
     * Deletes every backup of this vault (offered after a connection was removed: its master key is gone from the
     * vault file but still in the backups), then syncs the folder. Returns the backups that could not be deleted,
     * for the message; a later session's first change takes a new backup as usual.
     */
    public synchronized List<Path> deleteBackups() throws VaultException {
        checkUnlocked();
        List<Path> left = backups.deleteAll();
        backedUp = false;
        return left;
    }

    public synchronized List<Connection> connections() {
        return List.copyOf(connections.values());
    }

    public synchronized Optional<Connection> connection(String id) {
        return Optional.ofNullable(connections.get(id));
    }

    /**
     * Adds the connection, or replaces the one with the same id; a replaced master key that the new connection does
     * not share is wiped.
     */
    public synchronized void putConnection(Connection c) throws VaultException {
        checkUnlocked();
        changed();
        Connection old = connections.put(c.id(), c);
        if (old != null && old.masterKey() != null && old.masterKey() != c.masterKey()) {
            old.masterKey().destroy();
        }
    }

    public synchronized void removeConnection(String id) throws VaultException {
        checkUnlocked();
        changed();
        Connection c = connections.remove(id);
        if (c != null && c.masterKey() != null) {
            c.masterKey().destroy();
        }
    }

    public synchronized List<ApiKeyEntry> entries() {
        return List.copyOf(entries.values());
    }

    public synchronized Optional<ApiKeyEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Adds the entry, or replaces the one with the same id. */
    public synchronized void putEntry(ApiKeyEntry e) throws VaultException {
        checkUnlocked();
        changed();
        entries.put(e.id(), e);
    }

    /** Takes the entry out of the vault and wipes its secrets (an entry for a key that never existed). */
    public synchronized void removeEntry(String id) throws VaultException {
        checkUnlocked();
        changed();
        ApiKeyEntry e = entries.remove(id);
        if (e != null) {
            e.destroySecrets();
        }
    }

    public synchronized List<Rotation> rotations() {
        return List.copyOf(rotations.values());
    }

    /** Adds the rotation, or replaces the one with the same id. */
    public synchronized void putRotation(Rotation r) throws VaultException {
        checkUnlocked();
        changed();
        rotations.put(r.id(), r);
    }

    /** The panic revokes, finished or not, oldest first. */
    public synchronized List<RevokePlan> revokePlans() {
        return List.copyOf(revokePlans.values());
    }

    /** Adds the panic revoke, or replaces the one with the same id. */
    public synchronized void putRevokePlan(RevokePlan p) throws VaultException {
        checkUnlocked();
        changed();
        revokePlans.put(p.id(), p);
    }

    /** Every key's deployments, in the order they were first recorded. */
    public synchronized List<Deployment> deployments() {
        return List.copyOf(deployments.values());
    }

    /** Adds the deployment, or replaces the one of the same key with the same name. */
    public synchronized void putDeployment(Deployment d) throws VaultException {
        checkUnlocked();
        changed();
        deployments.put(d.storeKey(), d);
    }

    public synchronized List<Slot> slots() {
        return List.copyOf(slots.values());
    }

    /** Adds the slot, or points the slot of that name elsewhere. */
    public synchronized void putSlot(Slot s) throws VaultException {
        checkUnlocked();
        changed();
        slots.put(s.name(), s);
    }

    public synchronized void removeSlot(String name) throws VaultException {
        checkUnlocked();
        changed();
        slots.remove(name);
    }

    /** The guardian's known addresses, pending IP removals and keep-alive choices. */
    public synchronized GuardianState guardian() {
        return guardian;
    }

    public synchronized void putGuardian(GuardianState g) throws VaultException {
        checkUnlocked();
        changed();
        guardian = g;
    }

    public synchronized List<AuditEvent> audit() {
        return List.copyOf(audit);
    }

    private void changed() {
        unsaved = true;
        contentChanged = true;
    }

    public synchronized void appendAudit(AuditEvent event) {
        unsaved = true;
        audit.add(event);
    }

    /** True when something changed since the last save (a change or an audit event). */
    public synchronized boolean hasUnsavedChanges() {
        return unsaved && !locked;
    }

    public synchronized boolean isLocked() {
        return locked;
    }

    /**
     * Writes the vault if anything changed (milliseconds: no key derivation); nothing happens otherwise. The
     * previous file is intact if this fails. Before this session's first save that changes more than the audit log,
     * the file as it was becomes the newest backup; if that backup cannot be made the save still happens and
     * {@link #notices()} says so.
     */
    public synchronized void save() throws VaultException {
        checkUnlocked();
        if (!unsaved) {
            return;
        }
        checkUnchangedOnDisk();
        if (contentChanged && !backedUp) {
            try {
                backups.push();
                backedUp = true;
            } catch (IOException e) {
                addNotice("Keysmith could not keep a backup of the vault before this session's changes ("
                        + e.getMessage() + "). The vault itself is saved; the older backups are unchanged.");
            }
        }
        byte[] nonce = io.codec().newNonce();
        VaultHeader next = header.withNonce(nonce);
        try {
            io.files().write(path, out -> io.codec().seal(next, dataKey, snapshot(), out));
            fingerprint = FileFingerprint.of(path);
        } catch (IOException e) {
            throw new VaultException.SaveFailed(e.getMessage(), e);
        }
        header = next;
        unsaved = false;
        contentChanged = false;
        if (failuresMerged) {
            failedUnlocks.clear();
            failuresMerged = false;
        }
    }

    /**
     * Re-encrypts everything under a new data key wrapped with {@code newPassword}: written to a temporary
     * file, re-opened with the new password to verify it, then swapped in. Old backups are deleted, because
     * they would still open with the old password. An exception means the password was not changed; after the
     * swap nothing throws, and the returned warnings (empty when all went well) name old-password files that
     * could not be deleted.
     */
    public synchronized List<String> changePassword(char[] oldPassword, char[] newPassword) throws VaultException {
        checkUnlocked();
        byte[] check = KeyWrap.unwrap(header.wrappedKey(), header.keyCheck(), oldPassword, header.iterations());
        if (check == null) {
            throw new VaultException.WrongPassword();
        }
        Arrays.fill(check, (byte) 0);
        audit.add(new AuditEvent(io.clock().instant(), AuditAction.PASSWORD_CHANGED, null, null, ""));
        List<String> warnings;
        try {
            warnings = new PasswordChange(path, io, backups).run(this, newPassword);
        } catch (VaultException | RuntimeException e) {
            audit.remove(audit.size() - 1);
            throw e;
        }
        unsaved = false;
        contentChanged = false;
        backedUp = false;
        return warnings;
    }

    /** True when {@code password} is this vault's master password (runs the key derivation once). */
    public boolean matchesPassword(char[] password) throws VaultException {
        VaultHeader h;
        synchronized (this) {
            checkUnlocked();
            h = header;
        }
        byte[] key = KeyWrap.unwrap(h.wrappedKey(), h.keyCheck(), password, h.iterations());
        if (key == null) {
            return false;
        }
        Arrays.fill(key, (byte) 0);
        return true;
    }

    /**
     * Called by {@link PasswordChange} once the new file is in place: from now on the new key is the key. False
     * when the file could not be re-read (the next save then reports it as changed on disk). Not synchronized
     * itself: its only caller runs inside {@link #changePassword}, which holds this vault's lock.
     */
    boolean rekeyed(byte[] newKey, VaultHeader newHeader) {
        Arrays.fill(dataKey, (byte) 0);
        dataKey = newKey;
        header = newHeader;
        try {
            fingerprint = FileFingerprint.of(path);
            return true;
        } catch (IOException e) {
            fingerprint = FileFingerprint.ABSENT;
            return false;
        }
    }

    synchronized VaultContents snapshot() {
        return new VaultContents(List.copyOf(connections.values()), List.copyOf(entries.values()), List.copyOf(audit),
                List.copyOf(rotations.values()), List.copyOf(revokePlans.values()), List.copyOf(deployments.values()),
                List.copyOf(slots.values()), guardian);
    }

    synchronized void checkUnchangedOnDisk() throws VaultException {
        try {
            if (!fingerprint.matches(path)) {
                throw new VaultException.ChangedOnDisk(path);
            }
        } catch (IOException e) {
            throw new VaultException.SaveFailed("Could not check the vault file " + path + " (" + e.getMessage()
                    + "). Nothing was written.", e);
        }
    }

    /** Wipes every secret and the data key, and releases the vault for other instances. Idempotent. */
    public synchronized void lock() {
        if (locked) {
            return;
        }
        locked = true;
        entries.values().forEach(ApiKeyEntry::destroySecrets);
        connections.values().stream().filter(c -> c.masterKey() != null).forEach(c -> c.masterKey().destroy());
        entries.clear();
        connections.clear();
        audit.clear();
        rotations.clear();
        revokePlans.clear();
        deployments.clear();
        slots.clear();
        guardian = GuardianState.empty();
        Arrays.fill(dataKey, (byte) 0);
        instanceLock.close();
    }

    void recordUnlock(List<Instant> failures) {
        failures.forEach(t -> audit.add(new AuditEvent(t, AuditAction.UNLOCK_FAILED, null, null,
                "wrong master password")));
        failuresMerged = !failures.isEmpty();
        if (!failures.isEmpty()) {
            Instant last = failures.get(failures.size() - 1).truncatedTo(ChronoUnit.SECONDS);
            addNotice(failures.size() + (failures.size() == 1 ? " wrong master password was" : " wrong master "
                    + "passwords were") + " tried since the last unlock, the last at " + last + " (UTC). If that "
                    + "was not you, someone had access to this computer; see the audit log.");
        }
        unsaved = true;
        audit.add(new AuditEvent(io.clock().instant(), AuditAction.VAULT_UNLOCKED, null, null, ""));
    }

    /** The key block was re-wrapped (same data key, more KDF iterations): saved with the next save. */
    synchronized void rewrapped(VaultHeader newHeader) {
        header = newHeader;
        changed();
    }

    private void checkUnlocked() throws VaultException {
        if (locked) {
            throw new VaultException.Locked();
        }
    }
}
