package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.files.AtomicFiles;

/**
 * Creates and unlocks vault files. The master password is taken as {@code char[]} and never copied into a
 * String; the caller wipes it. Unlocking runs the key derivation once. Files larger than {@link #MAX_FILE_BYTES}
 * and iteration counts above {@link VaultFile#MAX_ITERATIONS} are refused unread; after
 * {@value FailedUnlocks#FREE_ATTEMPTS} wrong passwords in a row each attempt must wait longer. A successful unlock
 * deletes what would still open with an old password (backups with another data key, {@code .new} and crash
 * leftovers) and says so in {@link Vault#notices()}.
 */
public final class VaultStore {
    /** No vault comes near this (10 000 keys are about 4 MB); a larger file is refused before it is read. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private final VaultIo io;

    /**
     * Production: every new wrap (create, password change, re-wrap of a weak vault) calibrates the KDF on this
     * computer ({@link KdfCalibration}: about 0.55 s, from 600 000 up to 50 000 000 iterations); an opened vault
     * with fewer than {@value KdfCalibration#MINIMUM} is re-wrapped.
     */
    public VaultStore(AtomicFiles files, Clock clock) {
        this(files, clock, new SecureRandom(), 0);
    }

    /**
     * Tests only (package-private): a fixed, possibly low iteration count, which is then also the minimum below
     * which an unlocked vault is re-wrapped. 0 means calibrate (and a minimum of {@value KdfCalibration#MINIMUM}).
     */
    VaultStore(AtomicFiles files, Clock clock, SecureRandom random, int fixedIterations) {
        this.io = new VaultIo(files, new VaultCodec(new PayloadCipher(random)), clock, random,
                fixedIterations > 0 ? () -> fixedIterations : KdfCalibration::iterations,
                fixedIterations > 0 ? fixedIterations : KdfCalibration.MINIMUM);
    }

    /** Prepares unlocking {@code file} (JSON code; for a big vault also the decryption), e.g. while the user types. */
    public void warmUp(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException missing) {
            size = 0;
        }
        io.codec().warmUp(size);
    }

    public boolean exists(Path file) {
        return Files.exists(file);
    }

    public Vault create(Path file, char[] password) throws VaultException {
        if (exists(file)) {
            throw new VaultException("A vault already exists at " + file + ". Unlock it, or choose another location.");
        }
        InstanceLock lock = InstanceLock.acquire(file, io.files());
        try {
            int iterations = io.iterations().getAsInt();
            byte[] dataKey = io.newDataKey();
            VaultHeader header = VaultHeader.of(iterations, KeyWrap.wrap(dataKey, password, iterations, io.random()),
                    KeyWrap.keyCheck(dataKey), new byte[PayloadCipher.NONCE_BYTES]);
            Vault vault = new Vault(file, io, lock, dataKey, header, FileFingerprint.ABSENT, VaultContents.empty());
            vault.appendAudit(new AuditEvent(io.clock().instant(), AuditAction.VAULT_CREATED, null, null, ""));
            vault.save();
            io.files().folderProblems(file.toAbsolutePath().getParent()).forEach(vault::addNotice);
            return vault;
        } catch (VaultException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Vault unlock(Path file, char[] password) throws VaultException {
        InstanceLock lock = InstanceLock.acquire(file, io.files());
        try {
            return open(file, password, lock);
        } catch (VaultException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private Vault open(Path file, char[] password, InstanceLock lock) throws VaultException {
        FailedUnlocks failed = new FailedUnlocks(file, io.files());
        FailedUnlocks.Record earlier = failed.read();
        Duration wait = FailedUnlocks.waitBeforeNextAttempt(earlier.times(), io.clock().instant());
        if (!wait.isZero()) {
            throw new VaultException.TooManyAttempts((wait.toMillis() + 999) / 1000);
        }
        Backups backups = new Backups(file, io.files());
        FileFingerprint fingerprint = fingerprint(file);
        VaultFile.Sealed sealed = parse(read(file), backups);
        VaultHeader h = sealed.header();
        byte[] dataKey = KeyWrap.unwrapUnchecked(h.wrappedKey(), password, h.iterations());
        if (dataKey == null || !KeyWrap.checks(dataKey, h.keyCheck())) {
            VaultException e = wrongPasswordOrDamagedKeyBlock(h, dataKey, password, backups, failed);
            wipe(dataKey);
            throw e;
        }
        VaultContents contents;
        try {
            contents = io.codec().open(sealed, dataKey);
        } catch (VaultFile.FormatProblem p) {
            wipe(dataKey);
            throw new VaultException.Damaged(p.getMessage(), backups.existing(), null);
        }
        Vault vault = new Vault(file, io, lock, dataKey, h, fingerprint, contents);
        vault.recordUnlock(earlier.times());
        if (earlier.problem() != null) {
            vault.addNotice(earlier.problem());
        }
        if (!backups.links().isEmpty()) {
            vault.addNotice("These backup names are symbolic links, which Keysmith does not follow (someone may "
                    + "have planted them): " + backups.links() + ". They are replaced at the next backup.");
        }
        io.files().folderProblems(file.toAbsolutePath().getParent()).forEach(vault::addNotice);
        sweepOldPasswordFiles(file, h, backups, vault);
        rewrapIfWeak(h, dataKey, password, vault);
        return vault;
    }

    /**
     * The key block never changes on ordinary saves, so the newest backup normally has the same one, and then the
     * password is wrong. If it differs (the file's block was damaged, or re-wrapped since), the backup decides: when
     * this password opens it and its data key matches this file's check or wrap, the file's key block is damaged;
     * otherwise the password is wrong (and the failure is recorded).
     */
    private VaultException wrongPasswordOrDamagedKeyBlock(VaultHeader h, byte[] fileKey, char[] password,
                                                          Backups backups, FailedUnlocks failed) {
        for (Path b : backups.existing()) {
            VaultHeader other;
            try {
                other = io.codec().parse(readLimited(b)).header();
            } catch (IOException | VaultFile.FormatProblem | VaultException unreadable) {
                continue;
            }
            if (!other.sameKeyBlock(h)) {
                byte[] key = KeyWrap.unwrap(other.wrappedKey(), other.keyCheck(), password, other.iterations());
                boolean damaged = key != null && (KeyWrap.checks(key, h.keyCheck())
                        || fileKey != null && MessageDigest.isEqual(key, fileKey));
                wipe(key);
                if (damaged) {
                    return new VaultException.Damaged("its key block is damaged; the master password opens the "
                            + "backup", backups.existing(), null);
                }
            }
            break;
        }
        String problem = failed.record(io.clock().instant());
        VaultException.WrongPassword wrong = new VaultException.WrongPassword();
        return problem == null ? wrong : new VaultException(wrong.getMessage() + " (Keysmith could not record this "
                + "failed attempt: " + problem + ")", wrong);
    }

    /**
     * M4 of the security review: after a password change whose cleanup failed, or a crash during a save or a
     * change, files that open with an old password may be left. Holding the instance lock, delete the vault's
     * crash leftovers and {@code .new}, and the backups whose data key differs from this file's (made before a
     * password change).
     */
    private void sweepOldPasswordFiles(Path file, VaultHeader h, Backups backups, Vault vault) {
        List<Path> stale = new ArrayList<>(io.files().leftovers(file));
        Path aside = PasswordChange.aside(file);
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            stale.add(aside);
        }
        for (Path b : backups.existing()) {
            try {
                if (!Arrays.equals(io.codec().parse(readLimited(b)).header().keyCheck(), h.keyCheck())) {
                    stale.add(b);
                }
            } catch (IOException | VaultFile.FormatProblem | VaultException unreadable) {
                // a damaged backup is left for the user to look at
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        List<Path> left = io.files().delete(stale);
        List<Path> deleted = new ArrayList<>(stale);
        deleted.removeAll(left);
        if (!deleted.isEmpty()) {
            vault.addNotice("Deleted leftover copies of the vault from an interrupted save or an earlier password "
                    + "change (they could still open with an old password): " + deleted + ".");
        }
        if (!left.isEmpty()) {
            vault.addNotice("These leftover copies of the vault may still open with an old master password and could "
                    + "not be deleted: " + left + ". Delete them yourself.");
        }
    }

    /** L3 of the security review: a vault with fewer iterations than the minimum is re-wrapped with enough. */
    private void rewrapIfWeak(VaultHeader h, byte[] dataKey, char[] password, Vault vault) {
        if (h.iterations() >= io.minimumIterations()) {
            return;
        }
        int iterations = io.iterations().getAsInt();
        vault.rewrapped(VaultHeader.of(iterations, KeyWrap.wrap(dataKey, password, iterations, io.random()),
                h.keyCheck(),
                h.nonce()));
        vault.addNotice("This vault's master password was protected with " + h.iterations() + " key-derivation "
                + "rounds, fewer than Keysmith's minimum; it is protected with " + iterations + " from the next "
                + "save on.");
    }

    private VaultFile.Sealed parse(byte[] bytes, Backups backups) throws VaultException {
        try {
            return io.codec().parse(bytes);
        } catch (VaultFile.FormatProblem p) {
            throw new VaultException.Damaged(p.getMessage(), backups.existing(), null);
        }
    }

    private static byte[] read(Path file) throws VaultException {
        try {
            return readLimited(file);
        } catch (NoSuchFileException e) {
            throw new VaultException("There is no vault at " + file + ". Create one, or choose the right file.", e);
        } catch (IOException e) {
            throw new VaultException("Could not read the vault " + file + " (" + e.getMessage() + "). Check that "
                    + "the file is readable.", e);
        }
    }

    /** The whole file, unless it is larger than {@link #MAX_FILE_BYTES}. */
    static byte[] readLimited(Path file) throws IOException, VaultException.TooLarge {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new VaultException.TooLarge(file, size);
        }
        return Files.readAllBytes(file);
    }

    private static FileFingerprint fingerprint(Path file) throws VaultException {
        try {
            return FileFingerprint.of(file);
        } catch (IOException e) {
            throw new VaultException("Could not read the vault " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private static void wipe(byte[] key) {
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Backups of a vault (newest first), for messages and the settings window. */
    public List<Path> backups(Path file) {
        return new ArrayList<>(new Backups(file, io.files()).existing());
    }
}
