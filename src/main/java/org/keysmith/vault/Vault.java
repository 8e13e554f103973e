package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

/**
 * An unlocked vault: its connections, key entries and audit log in memory, and the data key to save them.
 * Saving reuses the data key (no key derivation), keeps three backups and refuses to overwrite a file that
 * changed on disk. {@link #lock()} wipes every secret and the key. Thread-safe.
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
    private final Map<String, org.keysmith.domain.Rotation> rotations = new LinkedHashMap<>();
    private byte[] dataKey;
    private VaultHeader header;
    private FileFingerprint fingerprint;
    private boolean failuresMerged;
    private boolean locked;
    private boolean unsaved;

    Vault(Path path, VaultIo io, InstanceLock instanceLock, byte[] dataKey, VaultHeader header,
          FileFingerprint fingerprint, VaultContents contents) {
        this.path = path;
        this.io = io;
        this.backups = new Backups(path);
        this.failedUnlocks = new FailedUnlocks(path);
        this.instanceLock = instanceLock;
        this.dataKey = dataKey;
        this.header = header;
        this.fingerprint = fingerprint;
        contents.connections().forEach(c -> connections.put(c.id(), c));
        contents.entries().forEach(e -> entries.put(e.id(), e));
        audit.addAll(contents.audit());
        contents.rotations().forEach(r -> rotations.put(r.id(), r));
    }

    public Path path() {
        return path;
    }

    /** Plain-words notes from opening this vault; none yet. */
    public List<String> notices() {
        return List.of();
    }

    public List<Path> backups() {
        return backups.existing();
    }

    public synchronized List<Connection> connections() {
        return List.copyOf(connections.values());
    }

    public synchronized Optional<Connection> connection(String id) {
        return Optional.ofNullable(connections.get(id));
    }

    public synchronized void putConnection(Connection c) throws VaultException {
        checkUnlocked();
        unsaved = true;
        connections.put(c.id(), c);
    }

    public synchronized void removeConnection(String id) throws VaultException {
        checkUnlocked();
        unsaved = true;
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
        unsaved = true;
        entries.put(e.id(), e);
    }

    /** Takes the entry out of the vault and wipes its secrets (an entry for a key that never existed). */
    public synchronized void removeEntry(String id) throws VaultException {
        checkUnlocked();
        unsaved = true;
        ApiKeyEntry e = entries.remove(id);
        if (e != null) {
            e.destroySecrets();
        }
    }

    public synchronized List<org.keysmith.domain.Rotation> rotations() {
        return List.copyOf(rotations.values());
    }

    /** Adds the rotation, or replaces the one with the same id. */
    public synchronized void putRotation(org.keysmith.domain.Rotation r) throws VaultException {
        checkUnlocked();
        unsaved = true;
        rotations.put(r.id(), r);
    }

    public synchronized List<AuditEvent> audit() {
        return List.copyOf(audit);
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

    /** Writes the vault (milliseconds: no key derivation). The previous file is intact if this fails. */
    public synchronized void save() throws VaultException {
        checkUnlocked();
        checkUnchangedOnDisk();
        VaultCodec.Sealing s = io.codec().seal(header, dataKey, snapshot());
        try {
            backups.rotate();
            io.files().write(path, s.fileBytes());
            fingerprint = FileFingerprint.of(path);
        } catch (IOException e) {
            throw new VaultException.SaveFailed(e.getMessage(), e);
        }
        header = s.header();
        unsaved = false;
        if (failuresMerged) {
            failedUnlocks.clear();
            failuresMerged = false;
        }
    }

    /**
     * Re-encrypts everything under a new data key wrapped with {@code newPassword}: written to a temporary
     * file, re-opened with the new password to verify it, then swapped in. Old backups are deleted, because
     * they would still open with the old password.
     */
    public synchronized void changePassword(char[] oldPassword, char[] newPassword) throws VaultException {
        checkUnlocked();
        byte[] check = KeyWrap.unwrap(header.wrappedKey(), header.keyCheck(), oldPassword, header.iterations());
        if (check == null) {
            throw new VaultException.WrongPassword();
        }
        Arrays.fill(check, (byte) 0);
        audit.add(new AuditEvent(io.clock().instant(), AuditAction.PASSWORD_CHANGED, null, null, ""));
        try {
            new PasswordChange(path, io, backups).run(this, newPassword);
        } catch (VaultException | RuntimeException e) {
            audit.remove(audit.size() - 1);
            throw e;
        }
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

    /** Called by {@link PasswordChange} once the new file is in place. */
    void rekeyed(byte[] newKey, VaultHeader newHeader) throws IOException {
        Arrays.fill(dataKey, (byte) 0);
        dataKey = newKey;
        header = newHeader;
        fingerprint = FileFingerprint.of(path);
    }

    synchronized VaultContents snapshot() {
        return new VaultContents(List.copyOf(connections.values()), List.copyOf(entries.values()), List.copyOf(audit),
                List.copyOf(rotations.values()));
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
        Arrays.fill(dataKey, (byte) 0);
        instanceLock.close();
    }

    void recordUnlock(List<Instant> failures) {
        failures.forEach(t -> audit.add(new AuditEvent(t, AuditAction.UNLOCK_FAILED, null, null,
                "wrong master password")));
        failuresMerged = !failures.isEmpty();
        unsaved = true;
        audit.add(new AuditEvent(io.clock().instant(), AuditAction.VAULT_UNLOCKED, null, null, ""));
    }

    private void checkUnlocked() throws VaultException {
        if (locked) {
            throw new VaultException.Locked();
        }
    }

    boolean fileExists() {
        return Files.exists(path);
    }
}
