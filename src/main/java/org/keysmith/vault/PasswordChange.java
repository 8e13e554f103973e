package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The steps of a master-password change: new data key and wrap, write aside ({@code vault.keysmith.new}), verify by
 * re-opening, swap in. Once the swap succeeded the change has happened, whatever follows: the vault takes the new
 * key at once, and the cleanup (deleting the backups and crash leftovers, which would still open with the old
 * password) is best effort, with a warning that names every file left behind.
 */
final class PasswordChange {
    private final Path path;
    private final Path aside;
    private final VaultIo io;
    private final Backups backups;

    PasswordChange(Path path, VaultIo io, Backups backups) {
        this.path = path;
        this.aside = aside(path);
        this.io = io;
        this.backups = backups;
    }

    static Path aside(Path vault) {
        return vault.resolveSibling(vault.getFileName() + ".new");
    }

    /** Changes the password; returns warnings (old-password files that could not be deleted), empty if none. */
    List<String> run(Vault vault, char[] newPassword) throws VaultException {
        int iterations = io.iterations().getAsInt();
        byte[] newKey = io.newDataKey();
        VaultHeader h = VaultHeader.of(iterations, KeyWrap.wrap(newKey, newPassword, iterations, io.random()),
                KeyWrap.keyCheck(newKey), io.codec().newNonce());
        VaultContents contents = vault.snapshot();
        try {
            io.files().write(aside, out -> io.codec().seal(h, newKey, contents, out));
            verify(newPassword, newKey, contents);
            vault.checkUnchangedOnDisk();
            io.files().replace(aside, path);
        } catch (IOException e) {
            discard(newKey);
            throw new VaultException.SaveFailed("The master password was not changed: " + e.getMessage(), e);
        } catch (VaultException | RuntimeException e) {
            discard(newKey);
            throw e;
        }
        List<String> warnings = new ArrayList<>();
        if (!vault.rekeyed(newKey, h)) {
            warnings.add("Keysmith could not re-read " + path + " after the change; if saving fails, lock and unlock "
                    + "with the new password.");
        }
        List<Path> old = new ArrayList<>(backups.deleteAll());
        old.addAll(io.files().delete(io.files().leftovers(path)));
        if (!old.isEmpty()) {
            warnings.add("The master password was changed, but these files still open with the OLD password and "
                    + "could not be deleted: " + old + ". Delete them yourself (another program may be holding "
                    + "them open); Keysmith also deletes them at the next unlock.");
        }
        return warnings;
    }

    private void verify(char[] newPassword, byte[] newKey, VaultContents expected) throws IOException, VaultException {
        try {
            VaultFile.Sealed sealed = io.codec().parse(VaultStore.readLimited(aside));
            byte[] key = KeyWrap.unwrap(sealed.header().wrappedKey(), sealed.header().keyCheck(), newPassword,
                    sealed.header().iterations());
            try {
                if (key == null || !Arrays.equals(key, newKey) || !readsBack(sealed, key, expected)) {
                    throw new VaultException("The re-encrypted vault did not read back correctly, so the master "
                            + "password was not changed. The vault is unchanged; try again.");
                }
            } finally {
                if (key != null) {
                    Arrays.fill(key, (byte) 0);
                }
            }
        } catch (VaultFile.FormatProblem p) {
            throw new VaultException("The re-encrypted vault did not read back correctly (" + p.getMessage()
                    + "), so the master password was not changed.");
        }
    }

    private boolean readsBack(VaultFile.Sealed sealed, byte[] key, VaultContents expected)
            throws VaultFile.FormatProblem {
        VaultContents back = io.codec().open(sealed, key);
        try {
            return back.entries().size() == expected.entries().size()
                    && back.connections().size() == expected.connections().size()
                    && back.audit().size() == expected.audit().size();
        } finally {
            back.destroySecrets();
        }
    }

    private void discard(byte[] newKey) {
        Arrays.fill(newKey, (byte) 0);
        try {
            Files.deleteIfExists(aside);
        } catch (IOException ignored) {
            // a leftover .new file is deleted at the next unlock
        }
    }
}
