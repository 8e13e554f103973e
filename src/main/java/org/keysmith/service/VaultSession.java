package org.keysmith.service;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultException;
import org.keysmith.vault.VaultStore;

/**
 * The app's one vault and its life ({@link VaultState}): created or unlocked with the master password, changed
 * through {@link #change} (write, audit, one save), locked on demand. A lock waits for the work that holds it off
 * ({@link #startWork}: a key being created is saved before the secrets are wiped), saves what is unsaved, then
 * wipes every secret. Blocking methods (create, unlock, change, save, confirmPassword) run off the FX thread.
 */
public final class VaultSession implements AuditTrail {
    /** How long a master password typed for unlock or a confirmation counts for minting or widening keys. */
    public static final Duration REAUTH_GRACE = Duration.ofSeconds(60);
    /** Wrong answers to "master password again" in a row that lock the vault. */
    static final int WRONG_PROMPTS_BEFORE_LOCK = 3;
    private static final System.Logger LOG = System.getLogger(VaultSession.class.getName());
    private final VaultStore store;
    private final Path file;
    private final Clock clock;
    private final Executor background;
    private final VaultLifecycle life = new VaultLifecycle();
    private final Reauthentication reauth;
    private final List<Runnable> lockListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Optional<String>>> saveListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean saveQueued = new AtomicBoolean();
    private volatile Vault vault;
    private volatile String saveProblem;

    public VaultSession(VaultStore store, Path file, Clock clock, Executor background) {
        this.store = store;
        this.file = file;
        this.clock = clock;
        this.background = background;
        this.reauth = new Reauthentication(clock, REAUTH_GRACE);
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

    public VaultState state() {
        return life.state();
    }

    /** Hears every state change, on the thread that made it; run the result to stop hearing. */
    public Runnable onStateChange(Consumer<VaultState> listener) {
        return life.addListener(listener);
    }

    /** Runs after the secrets were wiped (clear the clipboard, for instance). */
    public void onLock(Runnable listener) {
        lockListeners.add(listener);
    }

    /**
     * Hears a save failure (a message to keep visible) and its end (empty) when a later save succeeds, on the
     * thread that saved; run the result to stop hearing.
     */
    public Runnable onSaveProblem(Consumer<Optional<String>> listener) {
        saveListeners.add(listener);
        return () -> saveListeners.remove(listener);
    }

    /** The last save failure, until a save succeeds. */
    public Optional<String> saveProblem() {
        return Optional.ofNullable(saveProblem);
    }

    /** Creates the vault (runs the KDF); the caller wipes {@code password}. */
    public void create(char[] password) throws UserFacingException {
        open(() -> store.create(file, password));
    }

    /** Unlocks the vault (runs the KDF) and records the unlock; the caller wipes {@code password}. */
    public void unlock(char[] password) throws UserFacingException {
        open(() -> store.unlock(file, password));
        saveSoon();
    }

    private void open(VaultCall<Vault> opening) throws UserFacingException {
        if (!life.transition(VaultState.LOCKED, VaultState.UNLOCKING)) {
            throw new UserFacingException(life.state() == VaultState.LOCKING
                    ? "Keysmith is still finishing " + String.join(", ", life.running()) + " before it locks. "
                    + "Try again in a moment."
                    : "The vault is already open or being opened.");
        }
        try {
            vault = call(opening);
        } catch (UserFacingException | RuntimeException e) {
            life.transition(VaultState.UNLOCKING, VaultState.LOCKED);
            throw e;
        }
        reauth.confirmed();
        setSaveProblem(null);
        life.transition(VaultState.UNLOCKING, VaultState.UNLOCKED);
    }

    public boolean isUnlocked() {
        return life.state() == VaultState.UNLOCKED;
    }

    /** Plain-words notes from opening the vault (backups cleaned up, an older file opened, …); may be empty. */
    public List<String> unlockNotices() {
        Vault v = vault;
        return v == null ? List.of() : v.notices();
    }

    /**
     * The open vault, also while it waits to lock (so running work can save), or a message saying it is locked.
     */
    public Vault vault() throws UserFacingException {
        Vault v = vault;
        if (v == null || v.isLocked()) {
            throw new UserFacingException(new VaultException.Locked().userMessage());
        }
        return v;
    }

    /** Throws the "vault is locked" message unless the vault is unlocked. */
    public void requireUnlocked() throws UserFacingException {
        vault();
    }

    /**
     * Registers work that must finish before the vault locks (a create, a revoke: anything that changes a key on
     * the exchange). Refused while the vault is locked or locking. Close the returned handle when done.
     */
    public Work startWork(String what) throws UserFacingException {
        if (!life.startWork(what)) {
            throw new UserFacingException(life.state() == VaultState.LOCKING
                    ? "The vault is being locked, so Keysmith did not start " + what + "."
                    : new VaultException.Locked().userMessage());
        }
        return new Work(what);
    }

    /** Work in progress that holds off the lock; closing it lets a waiting lock go ahead. */
    public final class Work implements AutoCloseable {
        private final String what;
        private boolean closed;

        private Work(String what) {
            this.what = what;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (life.endWork(what)) {
                    finishLock();
                }
            }
        }
    }

    /**
     * One change: {@code edit} writes entries, rotations or connections (each with its audit event), then the
     * vault is saved once. If the save fails the change stays in memory (saved by the next save that works), the
     * failure stays visible through {@link #saveProblem()}, and {@link NotSaved} carries the result.
     */
    public <T> T change(Change<T> edit) throws UserFacingException {
        Vault v = vault();
        T result;
        try {
            result = edit.apply(new VaultEdit(v, clock));
        } catch (VaultException e) {
            throw new UserFacingException(e.userMessage(), e);
        }
        try {
            saveNow(v);
        } catch (VaultException e) {
            throw new NotSaved(e.userMessage(), result, e);
        }
        return result;
    }

    /** What {@link #change} runs against the vault. */
    @FunctionalInterface
    public interface Change<T> {
        T apply(VaultEdit edit) throws VaultException, UserFacingException;
    }

    /** The change is made in memory but the vault file was not written; {@link #result()} is what it returned. */
    public static final class NotSaved extends UserFacingException {
        private final transient Object result;
        private final String reason;

        NotSaved(String why, Object result, Throwable cause) {
            super(why + " The change is kept in this window and saved with the next save that works.", cause);
            this.result = result;
            this.reason = why;
        }

        /** Why the save failed and what to do about it, without what became of the change. */
        public String reason() {
            return reason;
        }

        @SuppressWarnings("unchecked")
        public <T> T result() {
            return (T) result;
        }
    }

    /** Saves now if anything is unsaved; the message says what went wrong (the previous file is intact). */
    public void save() throws UserFacingException {
        Vault v = vault();
        try {
            saveNow(v);
        } catch (VaultException e) {
            throw new UserFacingException(e.userMessage(), e);
        }
    }

    private void saveNow(Vault v) throws VaultException {
        synchronized (v) {
            if (v.isLocked() || !v.hasUnsavedChanges()) {
                return;
            }
            try {
                v.save();
            } catch (VaultException e) {
                setSaveProblem(e.userMessage());
                throw e;
            }
        }
        setSaveProblem(null);
    }

    private void setSaveProblem(String problem) {
        String before = saveProblem;
        saveProblem = problem;
        if (problem != null || before != null) {
            saveListeners.forEach(l -> l.accept(Optional.ofNullable(problem)));
        }
    }

    /**
     * Checks the master password again before a secret leaves the vault or a key is minted or widened (runs the
     * KDF; off the FX thread). Wrong three times in a row locks the vault.
     */
    public void confirmPassword(char[] password) throws UserFacingException {
        Vault v = vault();
        boolean ok = call(() -> v.matchesPassword(password));
        if (ok) {
            reauth.confirmed();
            return;
        }
        record(AuditAction.UNLOCK_FAILED, null, "wrong master password when asked again");
        VaultException.WrongPassword wrong = new VaultException.WrongPassword();
        if (reauth.wrong() >= WRONG_PROMPTS_BEFORE_LOCK) {
            lock();
            throw new UserFacingException("Wrong master password " + WRONG_PROMPTS_BEFORE_LOCK + " times in a row, "
                    + "so Keysmith locked the vault. Unlock it again to go on.", wrong);
        }
        throw new UserFacingException(wrong.userMessage(), wrong);
    }

    /** True when the master password was given (unlock or confirmation) within {@link #REAUTH_GRACE}. */
    public boolean recentlyAuthenticated() {
        return reauth.isFresh();
    }

    /**
     * Refuses to {@code what} (e.g. "create a key") unless the master password was given within
     * {@link #REAUTH_GRACE}: minting or widening credentials must not be open to whoever sits at an unlocked app.
     */
    public void requireRecentAuthentication(String what) throws UserFacingException {
        requireUnlocked();
        if (!reauth.isFresh()) {
            throw new ReauthenticationRequired(what);
        }
    }

    /**
     * Changes the master password (runs the KDF). An exception means it was not changed; the result lists warnings
     * for the user (old-password backups that could not be deleted), empty when all went well.
     */
    public List<String> changePassword(char[] oldPassword, char[] newPassword) throws UserFacingException {
        Vault v = vault();
        List<String> warnings = call(() -> v.changePassword(oldPassword, newPassword));
        reauth.confirmed();
        return warnings;
    }

    /**
     * Locks: the state becomes {@link VaultState#LOCKING} at once (windows close, no new work starts); when the
     * running work is done, whatever is unsaved is saved, every secret is wiped and the state becomes LOCKED.
     */
    public void lock() {
        if (life.transition(VaultState.UNLOCKED, VaultState.LOCKING) && life.idle()) {
            finishLock();
        }
    }

    /**
     * Locks and waits for the running work up to {@code max} (on exit). Past that the secrets are wiped anyway;
     * work still running then fails to save, and the vault keeps its "being created" record of such a key.
     */
    public void lockAndWait(Duration max) {
        lock();
        try {
            if (!life.await(VaultState.LOCKED, max.toMillis()) && life.state() == VaultState.LOCKING) {
                LOG.log(Level.WARNING, "Locked while {0} was still running", life.running());
                life.forgetWork();
                finishLock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            life.forgetWork();
            finishLock();
        }
    }

    private void finishLock() {
        Vault v;
        synchronized (this) {
            v = vault;
            if (v == null || life.state() != VaultState.LOCKING) {
                return;
            }
            vault = null;
        }
        try {
            saveNow(v);
        } catch (VaultException e) {
            LOG.log(Level.WARNING, "Vault locked, last changes not saved: {0}", e.userMessage());
        }
        v.lock();
        reauth.forget();
        life.transition(VaultState.LOCKING, VaultState.LOCKED);
        lockListeners.forEach(Runnable::run);
    }

    /** An audit event without a change of its own (a copy, an unlock); saved soon, coalesced with others. */
    @Override
    public void record(AuditAction action, ApiKeyEntry entry, String detail) {
        Vault v = vault;
        if (v == null || v.isLocked()) {
            return;
        }
        v.appendAudit(new AuditEvent(clock.instant(), action, entry == null ? null : entry.id(),
                entry == null ? null : entry.name(), detail));
        saveSoon();
    }

    /** Saves in the background; events recorded until that save runs go into the same save. */
    public void saveSoon() {
        Vault v = vault;
        if (v == null || !saveQueued.compareAndSet(false, true)) {
            return;
        }
        Runnable save = () -> {
            saveQueued.set(false);
            try {
                saveNow(v);
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
