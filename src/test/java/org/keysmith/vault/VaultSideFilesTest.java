package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.AuditAction;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.TestClock;

/**
 * Security review L5: someone who can write to the vault's folder plants symbolic links at the names of its side
 * files (failed-unlock record, instance lock, backups). Keysmith never writes, chmods or reads through them, and it
 * says when the folder is writable by others.
 */
@DisabledOnOs(OS.WINDOWS)
class VaultSideFilesTest {
    private static final char[] PASSWORD = "right password".toCharArray();

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final VaultStore store = TestVaults.fastStore(new AtomicFiles(), clock);
    private Path file;
    private Path victim;

    @BeforeEach
    void vaultAndAVictimFile() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        file = dir.resolve("vault.keysmith");
        store.create(file, PASSWORD.clone()).lock();
        victim = dir.resolve("victims-notes.txt");
        Files.writeString(victim, "2026-11-30T09:00:00Z\nprecious\n");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private void assertVictimUntouched() throws Exception {
        assertThat(Files.readString(victim)).isEqualTo("2026-11-30T09:00:00Z\nprecious\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(victim))).isEqualTo("rw-r--r--");
    }

    @Test
    void aWrongPasswordNeverWritesThroughALinkedFailuresFile() throws Exception {
        Path failures = dir.resolve("vault.keysmith.failures");
        Files.createSymbolicLink(failures, victim);
        assertThatThrownBy(() -> store.unlock(file, "wrong".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
        assertVictimUntouched();
        assertThat(Files.isRegularFile(failures, LinkOption.NOFOLLOW_LINKS)).as("link replaced by the record").isTrue();
        assertThat(Files.readAllLines(failures)).containsExactly(clock.instant().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(failures))).isEqualTo("rw-------");
    }

    @Test
    void aLinkedFailuresFileIsNotReadAtUnlock() throws Exception {
        Files.createSymbolicLink(dir.resolve("vault.keysmith.failures"), victim);
        Vault v = store.unlock(file, PASSWORD.clone());
        assertThat(v.audit()).noneMatch(a -> a.action() == AuditAction.UNLOCK_FAILED);
        assertThat(v.notices()).anyMatch(n -> n.contains("is not a regular file (a link?)"));
        v.save();
        v.lock();
        assertVictimUntouched();
    }

    @Test
    void aLinkedLockFileIsRefusedAndNothingIsCreatedThroughIt() throws Exception {
        Path lock = dir.resolve("vault.keysmith.lock");
        Files.delete(lock);
        Files.createSymbolicLink(lock, victim);
        assertThatThrownBy(() -> store.unlock(file, PASSWORD.clone()))
                .hasMessageContaining("is a symbolic link, which Keysmith does not follow");
        assertVictimUntouched();

        Path elsewhere = dir.resolve("created-elsewhere");
        Files.delete(lock);
        Files.createSymbolicLink(lock, elsewhere);
        assertThatThrownBy(() -> store.unlock(file, PASSWORD.clone()))
                .hasMessageContaining("is a symbolic link");
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void linkedBackupNamesAreIgnoredAndReplacedNotFollowed() throws Exception {
        Path bak1 = dir.resolve("vault.keysmith.bak1");
        Files.createSymbolicLink(bak1, victim);
        Vault v = store.unlock(file, PASSWORD.clone());
        assertThat(v.backups()).isEmpty();
        assertThat(v.notices()).anyMatch(n -> n.contains("backup names are symbolic links") && n.contains(
                bak1.toString()));
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.lock();
        assertVictimUntouched();
        assertThat(Files.isRegularFile(bak1, LinkOption.NOFOLLOW_LINKS)).isTrue();
        Vault backup = store.unlock(bak1, PASSWORD.clone());
        assertThat(backup.entries()).as("the vault before this session").isEmpty();
        backup.lock();
    }

    @Test
    void aFolderOthersCanWriteToIsReported() throws Exception {
        Vault v = store.unlock(file, PASSWORD.clone());
        assertThat(v.notices()).noneMatch(n -> n.contains("can be changed by other users"));
        v.lock();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Vault again = store.unlock(file, PASSWORD.clone());
        assertThat(again.notices()).anyMatch(n -> n.contains("The folder " + dir + " can be changed by other users")
                && n.contains("chmod 700"));
        again.lock();

        Path shared = dir.resolve("shared");
        Files.createDirectory(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwx---"));
        Vault created = store.create(shared.resolve("vault.keysmith"), PASSWORD.clone());
        assertThat(created.notices()).anyMatch(n -> n.contains("can be changed by other users (permissions "
                + "rwxrwx---)"));
        created.lock();
    }
}
