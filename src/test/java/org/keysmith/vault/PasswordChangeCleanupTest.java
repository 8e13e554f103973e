package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.TestClock;

/**
 * Security review M4: once the new file is in place the password HAS changed, even if deleting the old backups
 * fails (Windows: an antivirus holds one); the user is told which old-password files are left, and the next
 * unlock deletes every copy that a different data key (an old password) opens, and crash leftovers.
 */
class PasswordChangeCleanupTest {
    private static final char[] OLD = "old password".toCharArray();
    private static final char[] NEW = "new password".toCharArray();

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));

    /** Refuses to delete files whose name ends with {@link #refuse}, as a program holding them open would. */
    static final class StubbornFiles extends AtomicFiles {
        volatile String refuse;

        @Override
        public List<Path> delete(List<Path> files) {
            List<Path> allowed = new ArrayList<>();
            List<Path> left = new ArrayList<>();
            for (Path f : files) {
                if (refuse != null && f.getFileName().toString().endsWith(refuse) && Files.exists(f)) {
                    left.add(f);
                } else {
                    allowed.add(f);
                }
            }
            left.addAll(super.delete(allowed));
            return left;
        }
    }

    private final StubbornFiles files = new StubbornFiles();
    private final VaultStore store = TestVaults.fastStore(files, clock);

    /** A vault changed in three sessions: bak1 and bak2 exist, both opened by the old password. */
    private Path vaultWithTwoBackups() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        store.create(file, OLD.clone()).lock();
        for (int i = 1; i <= 2; i++) {
            Vault again = store.unlock(file, OLD.clone());
            again.putEntry(TestVaults.entry("bot" + i, "S" + i));
            again.save();
            again.lock();
        }
        assertThat(store.backups(file)).hasSize(2);
        return file;
    }

    private static byte[] keyCheck(Path file) throws Exception {
        return new VaultFile().read(Files.readAllBytes(file)).header().keyCheck();
    }

    @Test
    void aBackupThatCannotBeDeletedDoesNotUndoTheChangeAndIsNamed() throws Exception {
        Path file = vaultWithTwoBackups();
        Path bak2 = dir.resolve("vault.keysmith.bak2");
        Vault v = store.unlock(file, OLD.clone());
        files.refuse = ".bak2";

        List<String> warnings = v.changePassword(OLD.clone(), NEW.clone());

        assertThat(warnings).singleElement().asString()
                .contains("The master password was changed")
                .contains("still open with the OLD password").contains(bak2.toString());
        assertThat(v.backups()).containsExactly(bak2);
        v.putEntry(TestVaults.entry("after", "S-AFTER"));
        v.save(); // the vault works with the new key: no "changed on disk", no failure
        v.lock();

        assertThatThrownBy(() -> store.unlock(file, OLD.clone()))
                .as("the surviving old-password backup must not make this look like a damaged file")
                .isInstanceOf(VaultException.WrongPassword.class);
        files.refuse = null;
        Vault again = store.unlock(file, NEW.clone());
        assertThat(again.entries()).hasSize(3);
        assertThat(again.notices()).anyMatch(n -> n.startsWith("Deleted leftover copies of the vault")
                && n.contains(".bak"));
        again.lock();
        for (Path b : store.backups(file)) {
            assertThat(keyCheck(b)).as("%s opens with the new password", b).isEqualTo(keyCheck(file));
        }
        assertThat(store.backups(file)).hasSize(1);
    }

    @Test
    void filesThatStillCannotBeDeletedAtUnlockAreNamedToTheUser() throws Exception {
        Path file = vaultWithTwoBackups();
        Vault v = store.unlock(file, OLD.clone());
        files.refuse = ".bak1";
        assertThat(v.changePassword(OLD.clone(), NEW.clone())).hasSize(1);
        v.lock();
        Vault again = store.unlock(file, NEW.clone());
        assertThat(again.notices()).anyMatch(n -> n.contains("may still open with an old master password and "
                + "could not be deleted") && n.contains("vault.keysmith.bak1"));
        again.lock();
    }

    /** A crash during a save or a change leaves full vault copies under the old password: deleted at unlock. */
    @Test
    void crashLeftoversAndOldPasswordCopiesAreDeletedAtUnlock() throws Exception {
        Path file = vaultWithTwoBackups();
        Path oldCopy = dir.resolve("kept-by-the-user.keysmith");
        Files.copy(file, oldCopy);
        Vault v = store.unlock(file, OLD.clone());
        assertThat(v.changePassword(OLD.clone(), NEW.clone())).isEmpty();
        v.lock();
        assertThat(store.backups(file)).isEmpty();
        Path temp = dir.resolve(".vault.keysmith.777.tmp");
        Path aside = dir.resolve("vault.keysmith.new");
        Path bak2 = dir.resolve("vault.keysmith.bak2");
        for (Path leftover : List.of(temp, aside, bak2)) {
            Files.copy(oldCopy, leftover);
        }

        Vault again = store.unlock(file, NEW.clone());
        assertThat(again.notices()).anyMatch(n -> n.startsWith("Deleted leftover copies") && n.contains(temp
                .toString()) && n.contains(aside.toString()) && n.contains(bak2.toString()));
        again.lock();
        assertThat(temp).doesNotExist();
        assertThat(aside).doesNotExist();
        assertThat(bak2).doesNotExist();
        assertThat(oldCopy).as("not one of Keysmith's names: left alone").exists();
    }

    /** Backups under the current password are history, not leftovers: an unlock keeps them. */
    @Test
    void backupsUnderTheCurrentPasswordAreKept() throws Exception {
        Path file = vaultWithTwoBackups();
        Vault v = store.unlock(file, OLD.clone());
        assertThat(v.notices()).noneMatch(n -> n.contains("leftover"));
        assertThat(v.backups()).hasSize(2);
        v.lock();
    }
}
