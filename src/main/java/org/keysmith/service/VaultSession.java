package org.keysmith.service;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultException;
import org.keysmith.vault.VaultStore;

/**
 * The app's one vault: created or unlocked with the master password, locked on demand (which wipes every
 * secret). Also the audit trail: events are appended and saved in the background. Blocking methods (create,
 * unlock, save) must run off the FX thread.
 */
public final class VaultSession implements AuditTrail {
    private static final System.Logger LOG = System.getLogger(VaultSession.class.getName());
    private final VaultStore store;
    private final Path file;
    private final Clock clock;
    private final Executor background;
    private final List<Runnable> lockListeners = new CopyOnWriteArrayList<>();
    private volatile Vault vault;

    public VaultSession(VaultStore store, Path file, Clock clock, Executor background) {
        this.store = store;
        this.file = file;
        this.clock = clock;
        this.background = background;
    }

    public Path file() {
        return file;
    }

    /** Prepares the vault's JSON code in the background so the first unlock does not wait for it. */
    public void warmUp() {
        store.warmUp(file);
    }

    public boolean exists() {
        return store.exists(file);
    }

    /** Creates the vault (runs the KDF); the caller wipes {@code password}. */
    public void create(char[] password) throws UserFacingException {
        vault = call(() -> store.create(file, password));
    }

    /** Unlocks the vault (runs the KDF) and records the unlock; the caller wipes {@code password}. */
    public void unlock(char[] password) throws UserFacingException {
        vault = call(() -> store.unlock(file, password));
        saveSoon();
    }

    public boolean isUnlocked() {
        Vault v = vault;
        return v != null && !v.isLocked();
    }

    /** The unlocked vault, or a message saying it is locked. */
    public Vault vault() throws UserFacingException {
        Vault v = vault;
        if (v == null || v.isLocked()) {
            throw new UserFacingException(new VaultException.Locked().userMessage());
        }
        return v;
    }

    /** Saves now; the message says what went wrong (the previous file is intact). */
    public void save() throws UserFacingException {
        Vault v = vault();
        call(() -> {
            v.save();
            return v;
        });
    }

    /** Checks the master password again before a secret is shown or copied (runs the KDF; off the FX thread). */
    public void confirmPassword(char[] password) throws UserFacingException {
        Vault v = vault();
        boolean ok = call(() -> v.matchesPassword(password));
        if (!ok) {
            record(org.keysmith.domain.AuditAction.UNLOCK_FAILED, null, "wrong master password when asked again");
            VaultException.WrongPassword wrong = new VaultException.WrongPassword();
            throw new UserFacingException(wrong.userMessage(), wrong);
        }
    }

    public void changePassword(char[] oldPassword, char[] newPassword) throws UserFacingException {
        Vault v = vault();
        call(() -> {
            v.changePassword(oldPassword, newPassword);
            return v;
        });
    }

    /** Wipes every decrypted secret and releases the file. Listeners (clipboard, windows) run afterwards. */
    public void lock() {
        Vault v = vault;
        vault = null;
        if (v != null) {
            v.lock();
            lockListeners.forEach(Runnable::run);
        }
    }

    public void onLock(Runnable listener) {
        lockListeners.add(listener);
    }

    @Override
    public void record(AuditAction action, ApiKeyEntry entry, String detail) {
        Vault v = vault;
        if (v == null) {
            return;
        }
        v.appendAudit(new AuditEvent(clock.instant(), action, entry == null ? null : entry.id(),
                entry == null ? null : entry.name(), detail));
        saveSoon();
    }

    /** Saves in the background; a failure is logged (the next save retries it). */
    public void saveSoon() {
        Vault v = vault;
        if (v == null) {
            return;
        }
        Runnable save = () -> {
            try {
                if (!v.isLocked()) {
                    v.save();
                }
            } catch (VaultException e) {
                LOG.log(Level.WARNING, "Vault not saved: {0}", e.userMessage());
            }
        };
        try {
            background.execute(save);
        } catch (RejectedExecutionException shuttingDown) {
            save.run();
        }
    }

    private interface VaultCall<T> {
        T run() throws VaultException;
    }

    private static <T> T call(VaultCall<T> c) throws UserFacingException {
        try {
            return c.run();
        } catch (VaultException e) {
            throw new UserFacingException(e.userMessage(), e);
        }
    }
}
