package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;

/**
 * Creates and unlocks vault files. The master password is taken as {@code char[]} and never copied into a
 * String; the caller wipes it. Unlocking runs the key derivation once.
 */
public final class VaultStore {
    private final VaultIo io;

    /** Production: the KDF is calibrated to at least 0.5 s and 600 000 iterations on this computer. */
    public VaultStore(AtomicFiles files, Clock clock) {
        this(files, clock, new SecureRandom(), 0);
    }

    /** Tests only (package-private): a fixed, possibly low iteration count. 0 means calibrate. */
    VaultStore(AtomicFiles files, Clock clock, SecureRandom random, int fixedIterations) {
        this.io = new VaultIo(files, new VaultCodec(new PayloadCipher(random)), clock, random,
                fixedIterations > 0 ? () -> fixedIterations : KdfCalibration::iterations);
    }

    /** Loads the JSON machinery now (called in the background at start-up). */
    /** Prepares unlocking {@code file} (JSON code; for a big vault also the decryption), e.g. while the user types. */
    public void warmUp(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException missing) {
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
            VaultHeader header = VaultHeader.of(iterations, KeyWrap.wrap(dataKey, password, iterations),
                    KeyWrap.keyCheck(dataKey), new byte[PayloadCipher.NONCE_BYTES]);
            Vault vault = new Vault(file, io, lock, dataKey, header, FileFingerprint.ABSENT, VaultContents.empty());
            vault.appendAudit(new AuditEvent(io.clock().instant(), AuditAction.VAULT_CREATED, null, null, ""));
            vault.save();
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
        Backups backups = new Backups(file);
        FileFingerprint fingerprint = fingerprint(file);
        VaultFile.Sealed sealed = parse(read(file), backups);
        VaultHeader h = sealed.header();
        byte[] dataKey = KeyWrap.unwrap(h.wrappedKey(), h.keyCheck(), password, h.iterations());
        if (dataKey == null) {
            throw wrongPasswordOrDamagedKeyBlock(file, h, backups);
        }
        VaultContents contents;
        try {
            contents = io.codec().open(sealed, dataKey);
        } catch (VaultFile.FormatProblem p) {
            throw new VaultException.Damaged(p.getMessage(), backups.existing(), null);
        }
        Vault vault = new Vault(file, io, lock, dataKey, h, fingerprint, contents);
        vault.recordUnlock(new FailedUnlocks(file).read());
        return vault;
    }

    /**
     * The key block never changes on ordinary saves, so the newest backup has the same one. If it differs, the
     * block in this file is damaged; otherwise the password is wrong (and the failure is recorded).
     */
    private VaultException wrongPasswordOrDamagedKeyBlock(Path file, VaultHeader h, Backups backups) {
        for (Path b : backups.existing()) {
            try {
                VaultHeader other = io.codec().parse(Files.readAllBytes(b)).header();
                if (!other.sameKeyBlock(h)) {
                    return new VaultException.Damaged("its key block differs from the backup's", backups.existing(), null);
                }
                break;
            } catch (IOException | VaultFile.FormatProblem | VaultException.TooNew unreadable) {
                // try the next backup
            }
        }
        new FailedUnlocks(file).record(io.clock().instant());
        return new VaultException.WrongPassword();
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
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new VaultException("There is no vault at " + file + ". Create one, or choose the right file.", e);
        } catch (IOException e) {
            throw new VaultException("Could not read the vault " + file + " (" + e.getMessage() + "). Check that "
                    + "the file is readable.", e);
        }
    }

    private static FileFingerprint fingerprint(Path file) throws VaultException {
        try {
            return FileFingerprint.of(file);
        } catch (IOException e) {
            throw new VaultException("Could not read the vault " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** Backups of a vault (newest first), for messages and the settings window. */
    public List<Path> backups(Path file) {
        return new ArrayList<>(new Backups(file).existing());
    }
}
