package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The steps of a master-password change: new key and wrap, write aside, verify by re-opening, swap in. */
final class PasswordChange {
    private final Path path;
    private final Path aside;
    private final VaultIo io;
    private final Backups backups;

    PasswordChange(Path path, VaultIo io, Backups backups) {
        this.path = path;
        this.aside = path.resolveSibling(path.getFileName() + ".new");
        this.io = io;
        this.backups = backups;
    }

    void run(Vault vault, char[] newPassword) throws VaultException {
        int iterations = io.iterations().getAsInt();
        byte[] newKey = io.newDataKey();
        VaultHeader h = VaultHeader.of(iterations, KeyWrap.wrap(newKey, newPassword, iterations),
                KeyWrap.keyCheck(newKey), new byte[PayloadCipher.NONCE_BYTES]);
        VaultContents contents = vault.snapshot();
        VaultCodec.Sealing s = io.codec().seal(h, newKey, contents);
        try {
            io.files().write(aside, s.fileBytes());
            verify(newPassword, newKey, contents);
            vault.checkUnchangedOnDisk();
            io.files().replace(aside, path);
            backups.deleteAll();
            vault.rekeyed(newKey, s.header());
        } catch (IOException e) {
            discard(newKey);
            throw new VaultException.SaveFailed("The master password was not changed: " + e.getMessage(), e);
        } catch (VaultException | RuntimeException e) {
            discard(newKey);
            throw e;
        }
    }

    private void verify(char[] newPassword, byte[] newKey, VaultContents expected) throws IOException, VaultException {
        try {
            VaultFile.Sealed sealed = io.codec().parse(Files.readAllBytes(aside));
            byte[] key = KeyWrap.unwrap(sealed.header().wrappedKey(), sealed.header().keyCheck(), newPassword,
                    sealed.header().iterations());
            if (key == null || !Arrays.equals(key, newKey)
                    || io.codec().open(sealed, key).entries().size() != expected.entries().size()) {
                throw new VaultException("The re-encrypted vault did not read back correctly, so the master password "
                        + "was not changed. The vault is unchanged; try again.");
            }
            Arrays.fill(key, (byte) 0);
        } catch (VaultFile.FormatProblem p) {
            throw new VaultException("The re-encrypted vault did not read back correctly (" + p.getMessage()
                    + "), so the master password was not changed.");
        }
    }

    private void discard(byte[] newKey) {
        Arrays.fill(newKey, (byte) 0);
        try {
            Files.deleteIfExists(aside);
        } catch (IOException ignored) {
            // a leftover .new file is encrypted and harmless
        }
    }
}
