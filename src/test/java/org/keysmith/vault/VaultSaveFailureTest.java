package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.keysmith.domain.AuditAction;

/** Disk full, no permission, outside changes, password change: the previous file always stays intact. */
class VaultSaveFailureTest {
    @TempDir
    Path dir;

    /** A seam on the write: fails like a full disk or a permission problem would. */
    static final class FailingFiles extends AtomicFiles {
        volatile IOException next;

        @Override
        protected void writeAndSync(Path file, Content content) throws IOException {
            if (next != null) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                content.writeTo(all);
                Files.write(file, Arrays.copyOf(all.toByteArray(), all.size() / 2));
                throw next;
            }
            super.writeAndSync(file, content);
        }
    }

    private final FailingFiles files = new FailingFiles();
    private final VaultStore store = TestVaults.fastStore(files, Clock.systemUTC());

    @Test
    void diskFullLeavesThePreviousFileAndSaysWhatHappened() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, "pw".toCharArray());
        v.putEntry(TestVaults.entry("kept", "S1"));
        v.save();
        byte[] before = Files.readAllBytes(file);
        v.putEntry(TestVaults.entry("new", "S2"));
        files.next = new IOException("No space left on device");
        assertThatThrownBy(v::save).isInstanceOf(VaultException.SaveFailed.class)
                .hasMessageContaining("No space left on device").hasMessageContaining("previous file is unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        files.next = null;
        v.save();
        v.lock();
        assertThat(store.unlock(file, "pw".toCharArray()).entries()).hasSize(2);
    }

    @Test
    void permissionDeniedIsExplained() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, "pw".toCharArray());
        v.putEntry(TestVaults.entry("new", "S2"));
        files.next = new AccessDeniedException(file.toString());
        assertThatThrownBy(v::save).isInstanceOf(VaultException.SaveFailed.class)
                .hasMessageContaining("permission denied");
        v.lock();
    }

    /** /proc refuses new files even to root: the temporary file cannot be made, and that is explained too. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aFolderThatRefusesNewFilesIsExplained() {
        Path target = Path.of("/proc/keysmith-test-vault");
        assertThatThrownBy(() -> new AtomicFiles().write(target, new byte[] {1}))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Could not save " + target)
                .hasMessageContaining("The previous file is unchanged");
    }

    @Test
    void readOnlyDirectoryForRealWhenNotRoot() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can write to read-only directories");
        Path sub = dir.resolve("ro");
        Path file = sub.resolve("vault.keysmith");
        VaultStore plain = TestVaults.fastStore();
        Vault v = plain.create(file, "pw".toCharArray());
        v.putEntry(TestVaults.entry("new", "S2"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(v::save).isInstanceOf(VaultException.SaveFailed.class)
                    .hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        }
        v.lock();
    }

    @Test
    void refusesToOverwriteAFileChangedOnDisk() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, "pw".toCharArray());
        Vault other = null;
        v.putEntry(TestVaults.entry("mine", "S1"));
        byte[] external = "{\"someone\": \"else\"}".getBytes();
        Files.write(file, external);
        assertThatThrownBy(v::save).isInstanceOf(VaultException.ChangedOnDisk.class)
                .hasMessageContaining("was changed by another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(external);
        assertThat(v.entries()).hasSize(1);
        v.lock();
        assertThat(other).isNull();
    }

    @Test
    void passwordChangeReencryptsVerifiesAndDropsOldBackups() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, "old password".toCharArray());
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.save();
        assertThatThrownBy(() -> v.changePassword("not it".toCharArray(), "new password".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
        v.changePassword("old password".toCharArray(), "new password".toCharArray());
        assertThat(v.backups()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        v.putEntry(TestVaults.entry("bot2", "SECRET-TWO"));
        v.save();
        v.lock();
        assertThatThrownBy(() -> store.unlock(file, "old password".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
        Vault again = store.unlock(file, "new password".toCharArray());
        assertThat(again.entries()).hasSize(2);
        assertThat(again.audit()).anyMatch(a -> a.action() == AuditAction.PASSWORD_CHANGED);
        again.lock();
    }

    @Test
    void failedPasswordChangeKeepsTheOldPassword() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, "old password".toCharArray());
        files.next = new IOException("No space left on device");
        assertThatThrownBy(() -> v.changePassword("old password".toCharArray(), "new password".toCharArray()))
                .isInstanceOf(VaultException.SaveFailed.class).hasMessageContaining("not changed");
        files.next = null;
        v.save();
        v.lock();
        store.unlock(file, "old password".toCharArray()).lock();
        assertThat(Files.exists(dir.resolve("vault.keysmith.new"))).isFalse();
    }
}
