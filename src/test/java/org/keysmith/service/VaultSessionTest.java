package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;

/** The session's state machine, the one change path with its one save, coalesced audit saves and re-authentication. */
class VaultSessionTest {
    private static final char[] PASSWORD = "master password".toCharArray();
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    /** Background saves wait here until the test runs them. */
    private final List<Runnable> queued = new ArrayList<>();

    private VaultSession session() {
        return new VaultSession(TestVaults.fastStore(), dir.resolve("vault.keysmith"), clock, queued::add);
    }

    private List<AuditEvent> auditOnDisk() throws Exception {
        Vault v = TestVaults.fastStore().unlock(dir.resolve("vault.keysmith"), PASSWORD.clone());
        try {
            return v.audit();
        } finally {
            v.lock();
        }
    }

    @Test
    void movesLockedUnlockingUnlockedLockingLockedAndTellsListeners() throws Exception {
        VaultSession s = session();
        List<VaultState> heard = new CopyOnWriteArrayList<>();
        s.onStateChange(heard::add);
        assertThat(s.state()).isEqualTo(VaultState.LOCKED);
        s.create(PASSWORD.clone());
        s.lock();
        s.unlock(PASSWORD.clone());
        assertThat(heard).containsExactly(VaultState.UNLOCKING, VaultState.UNLOCKED, VaultState.LOCKING,
                VaultState.LOCKED, VaultState.UNLOCKING, VaultState.UNLOCKED);
        assertThatThrownBy(() -> s.unlock(PASSWORD.clone())).hasMessageContaining("already open");
        s.lock();
        assertThatThrownBy(() -> s.unlock("wrong one".toCharArray())).hasMessageStartingWith("Wrong master password");
        assertThat(s.state()).as("a failed unlock goes back to locked").isEqualTo(VaultState.LOCKED);
    }

    @Test
    void aLockWaitsForRunningWorkWhichStillSavesThenWipes() throws Exception {
        VaultSession s = session();
        s.create(PASSWORD.clone());
        VaultSession.Work work = s.startWork("creating the key bot1");
        s.lock();
        assertThat(s.state()).isEqualTo(VaultState.LOCKING);
        assertThatThrownBy(() -> s.startWork("something else")).hasMessageContaining("being locked");
        assertThatThrownBy(() -> s.unlock(PASSWORD.clone())).hasMessageContaining("creating the key bot1");
        s.change(edit -> {
            edit.audit(AuditAction.KEY_CREATED, null, "finished while locking");
            return null;
        });
        Vault before = s.vault();
        work.close();
        assertThat(s.state()).isEqualTo(VaultState.LOCKED);
        assertThat(before.isLocked()).as("wiped once the work was done").isTrue();
        assertThat(auditOnDisk()).extracting(AuditEvent::detail).contains("finished while locking");
    }

    @Test
    void auditEventsAreSavedTogetherInOneBackgroundSave() throws Exception {
        VaultSession s = session();
        s.create(PASSWORD.clone());
        for (int i = 0; i < 5; i++) {
            s.record(AuditAction.KEY_COPIED, null, "copy " + i);
        }
        assertThat(queued).as("five events, one save queued").hasSize(1);
        assertThat(s.vault().hasUnsavedChanges()).isTrue();
        queued.remove(0).run();
        assertThat(s.vault().hasUnsavedChanges()).as("the one save wrote all five").isFalse();
        s.record(AuditAction.KEY_COPIED, null, "copy 5");
        assertThat(queued).as("a new save once the last one ran").hasSize(1);
        queued.clear();
        s.lock();
        assertThat(auditOnDisk()).extracting(AuditEvent::detail)
                .contains("copy 0", "copy 1", "copy 2", "copy 3", "copy 4", "copy 5");
    }

    @Test
    void lockingSavesEventsWhoseBackgroundSaveHasNotRun() throws Exception {
        VaultSession s = session();
        s.create(PASSWORD.clone());
        s.record(AuditAction.KEY_EXPORTED, null, "exported to config.json");
        s.lock();
        assertThat(auditOnDisk()).extracting(AuditEvent::detail).contains("exported to config.json");
    }

    @Test
    void changeSavesOnceAndAFailedSaveStaysVisibleUntilASaveWorks() throws Exception {
        VaultSession s = session();
        s.create(PASSWORD.clone());
        List<Optional<String>> problems = new CopyOnWriteArrayList<>();
        s.onSaveProblem(problems::add);
        Path file = dir.resolve("vault.keysmith");
        byte[] original = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        Files.write(file, "{\"other\":\"program\"}".getBytes());
        assertThatThrownBy(() -> s.change(edit -> {
            edit.audit(AuditAction.KEY_EDITED, null, "kept in memory");
            return "result";
        })).isInstanceOfSatisfying(VaultSession.NotSaved.class, e -> {
            assertThat(e.<String>result()).isEqualTo("result");
            assertThat(e.getMessage()).contains("changed by another program").contains("kept in this window");
        });
        assertThat(s.saveProblem()).isPresent();
        assertThat(problems).hasSize(1).allMatch(Optional::isPresent);
        assertThat(s.vault().audit()).extracting(AuditEvent::detail).contains("kept in memory");
        Files.write(file, original);
        Files.setLastModifiedTime(file, modified);
        s.save();
        assertThat(s.saveProblem()).isEmpty();
        assertThat(problems).hasSize(2).last().isEqualTo(Optional.empty());
    }

    @Test
    void mintingNeedsTheMasterPasswordWithinAMinuteAndThreeWrongAnswersLock() throws Exception {
        VaultSession s = session();
        s.create(PASSWORD.clone());
        s.requireRecentAuthentication("create a key");
        clock.advance(VaultSession.REAUTH_GRACE.plusSeconds(1));
        assertThatThrownBy(() -> s.requireRecentAuthentication("create a key"))
                .isInstanceOf(ReauthenticationRequired.class)
                        .hasMessage("Enter your master password again to create a key.");
        s.confirmPassword(PASSWORD.clone());
        s.requireRecentAuthentication("create a key");
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> s.confirmPassword("nope".toCharArray())).hasMessageStartingWith("Wrong master");
        assertThatThrownBy(() -> s.confirmPassword("nope".toCharArray())).hasMessageStartingWith("Wrong master");
        assertThat(s.isUnlocked()).isTrue();
        assertThatThrownBy(() -> s.confirmPassword("nope".toCharArray())).hasMessageContaining("locked the vault");
        assertThat(s.state()).isEqualTo(VaultState.LOCKED);
        s.unlock(PASSWORD.clone());
        s.requireRecentAuthentication("rotate a key");
    }

    @Test
    void lockAndWaitWipesAfterTheWaitEvenIfWorkIsStuck() throws Exception {
        VaultSession s = session();
        s.create(PASSWORD.clone());
        s.startWork("a call that never returns");
        Vault v = s.vault();
        s.lockAndWait(Duration.ofMillis(50));
        assertThat(s.state()).isEqualTo(VaultState.LOCKED);
        assertThat(v.isLocked()).isTrue();
    }
}
