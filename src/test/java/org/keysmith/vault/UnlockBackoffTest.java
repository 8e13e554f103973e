package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.TestClock;

/**
 * Security review L6: after three wrong master passwords in a row each attempt must wait longer (2 s, 4 s, ... up
 * to a minute), even with the right password, and the wait is kept in the side file, so a restart does not reset
 * it. The clock is the test's own: no test waits.
 */
class UnlockBackoffTest {
    private static final char[] PASSWORD = "right password".toCharArray();

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final VaultStore store = TestVaults.fastStore(new AtomicFiles(), clock);

    private Path vault() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, PASSWORD.clone());
        v.lock();
        return file;
    }

    private void wrong(Path file) {
        assertThatThrownBy(() -> store.unlock(file, "guess".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
    }

    @Test
    void afterThreeWrongPasswordsEvenTheRightOneMustWait() throws Exception {
        Path file = vault();
        wrong(file);
        wrong(file);
        wrong(file);
        assertThatThrownBy(() -> store.unlock(file, PASSWORD.clone()))
                .isInstanceOf(VaultException.TooManyAttempts.class)
                .hasMessage("Too many wrong master passwords in a row. Wait 2 seconds and try again.");
        clock.advance(Duration.ofSeconds(1));
        VaultStore restarted = TestVaults.fastStore(new AtomicFiles(), clock);
        assertThatThrownBy(() -> restarted.unlock(file, PASSWORD.clone()))
                .as("kept across a restart").hasMessageContaining("Wait 1 second and");
        assertThat(Files.readAllLines(dir.resolve("vault.keysmith.failures")))
                .as("attempts refused while waiting are not counted").hasSize(3);
        clock.advance(Duration.ofSeconds(1));
        Vault v = restarted.unlock(file, PASSWORD.clone());
        assertThat(v.notices()).anyMatch(n -> n.startsWith("3 wrong master passwords were tried"));
        v.save();
        v.lock();
        wrong(file);
        wrong(file);
        Vault again = store.unlock(file, PASSWORD.clone());
        again.lock();
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWait() throws Exception {
        Path file = vault();
        wrong(file);
        wrong(file);
        wrong(file);
        clock.advance(Duration.ofSeconds(2));
        wrong(file);
        assertThatThrownBy(() -> store.unlock(file, PASSWORD.clone())).hasMessageContaining("Wait 4 seconds");
        clock.advance(Duration.ofSeconds(4));
        wrong(file);
        assertThatThrownBy(() -> store.unlock(file, "guess".toCharArray())).hasMessageContaining("Wait 8 seconds");
    }

    /** L6: a failed attempt that cannot be recorded is not silent: the wrong-password message says so. */
    @Test
    void aFailureThatCannotBeRecordedIsReported() throws Exception {
        Path file = vault();
        Path failures = dir.resolve("vault.keysmith.failures");
        Files.createDirectories(failures.resolve("in-the-way"));
        assertThatThrownBy(() -> store.unlock(file, "guess".toCharArray()))
                .hasMessageStartingWith("Wrong master password.")
                .hasMessageContaining("Keysmith could not record this failed attempt");
    }

    @Test
    void theWaitGrowsToAMinuteAndNoFurther() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        List<Instant> times = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            waits.add(FailedUnlocks.waitBeforeNextAttempt(times, now).toSeconds());
            times.add(now);
        }
        assertThat(waits).containsExactly(0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L);
        assertThat(FailedUnlocks.waitBeforeNextAttempt(times, now.plusSeconds(45))).isEqualTo(Duration.ofSeconds(15));
        assertThat(FailedUnlocks.waitBeforeNextAttempt(times, now.plusSeconds(61))).isZero();
    }
}
