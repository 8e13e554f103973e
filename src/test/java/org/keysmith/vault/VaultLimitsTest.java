package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.AuditAction;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.TestClock;

/**
 * Security review L3 (absurd or weak KDF iteration counts) and L4 (files far larger than a vault): a clear error
 * before any work, or a quiet upgrade; never an unlock frozen for hours or an out-of-memory error.
 */
class VaultLimitsTest {
    private static final char[] PASSWORD = "right password".toCharArray();

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final VaultStore store = TestVaults.fastStore(new AtomicFiles(), clock);

    private Path vault() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, PASSWORD.clone());
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.lock();
        return file;
    }

    private static void setIterations(Path file, long iterations) throws Exception {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String changed = text.replaceFirst("\"iterations\" : [0-9]+", "\"iterations\" : " + iterations);
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(file, changed, StandardCharsets.US_ASCII);
    }

    /** 2 147 483 647 rounds would take hours: refused before the key derivation runs (the test would hang). */
    @Test
    void anAbsurdIterationCountIsRefusedUnread() throws Exception {
        Path file = vault();
        setIterations(file, Integer.MAX_VALUE);
        assertThatThrownBy(() -> store.unlock(file, PASSWORD.clone()))
                .isInstanceOf(VaultException.Damaged.class)
                .hasMessageContaining("iteration count, 2147483647, is far above what Keysmith ever writes");
    }

    @Test
    void theIterationLimitIsOneHundredMillion() throws Exception {
        Path file = vault();
        setIterations(file, VaultFile.MAX_ITERATIONS);
        assertThat(new VaultFile().read(Files.readAllBytes(file)).header().iterations())
                .isEqualTo(100_000_000);
        setIterations(file, 100_000_000 + 1);
        assertThatThrownBy(() -> new VaultFile().read(Files.readAllBytes(file)))
                .isInstanceOf(VaultFile.FormatProblem.class).hasMessageContaining("100000001");
        setIterations(file, 1L << 33);
        assertThatThrownBy(() -> new VaultFile().read(Files.readAllBytes(file)))
                .isInstanceOf(VaultFile.FormatProblem.class).hasMessageContaining("key-derivation settings");
    }

    /** A vault below the minimum (an older build, a test vault) is re-wrapped with enough rounds at unlock. */
    @Test
    void aVaultWithTooFewIterationsIsRewrappedOnUnlock() throws Exception {
        Path file = vault();
        byte[] checkBefore = new VaultFile().read(Files.readAllBytes(file)).header().keyCheck();
        int stronger = TestVaults.FAST_ITERATIONS * 3;
        VaultStore strict = new VaultStore(new AtomicFiles(), clock, new SecureRandom(), stronger);
        Vault v = strict.unlock(file, PASSWORD.clone());
        assertThat(v.notices()).anyMatch(n -> n.contains("protected with " + TestVaults.FAST_ITERATIONS
                + " key-derivation rounds") && n.contains("with " + stronger + " from the next save"));
        v.save();
        v.lock();
        VaultHeader after = new VaultFile().read(Files.readAllBytes(file)).header();
        assertThat(after.iterations()).isEqualTo(stronger);
        assertThat(after.keyCheck()).as("same data key").isEqualTo(checkBefore);
        Vault again = strict.unlock(file, PASSWORD.clone());
        assertThat(again.notices()).noneMatch(n -> n.contains("key-derivation rounds"));
        assertThat(again.entries()).hasSize(1);
        again.lock();
    }

    /** L4: a file over 256 MB is refused by its size; it is never read into memory. */
    @Test
    void aFileFarLargerThanAnyVaultIsRefusedBySize() throws Exception {
        Path file = dir.resolve("huge.keysmith");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(VaultStore.MAX_FILE_BYTES + 1); // sparse: no disk space used
        }
        assertThatThrownBy(() -> store.unlock(file, PASSWORD.clone()))
                .isInstanceOf(VaultException.TooLarge.class)
                .hasMessageContaining("far larger than any Keysmith vault (at most 256 MB)")
                .hasMessageContaining("Check that you chose the right file");
    }

    /** An oversized backup next to a vault with a wrong password is skipped, not read. */
    @Test
    void anOversizedBackupIsNotRead() throws Exception {
        Path file = vault();
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("vault.keysmith.bak1").toFile(), "rw")) {
            f.setLength(VaultStore.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> store.unlock(file, "wrong".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
        clock.advance(Duration.ofMinutes(5));
        Vault v = store.unlock(file, PASSWORD.clone());
        assertThat(v.backups()).contains(dir.resolve("vault.keysmith.bak1"));
        v.lock();
    }

    /** L4: a failed-unlock record over 64 KB is ignored with a notice (and imposes no waiting). */
    @Test
    void anOversizedFailuresFileIsIgnored() throws Exception {
        Path file = vault();
        Path failures = dir.resolve("vault.keysmith.failures");
        String line = clock.instant() + "\n";
        Files.writeString(failures, line.repeat(70 * 1024 / line.length()), StandardCharsets.US_ASCII);
        assertThat(Files.size(failures)).isGreaterThan(64 * 1024);
        Vault v = store.unlock(file, PASSWORD.clone());
        assertThat(v.notices()).anyMatch(n -> n.contains("is too large") && n.contains("ignored"));
        assertThat(v.audit()).noneMatch(a -> a.action() == AuditAction.UNLOCK_FAILED);
        v.lock();
    }

    /** L4: at most 1000 failed attempts are kept and merged into the audit log. */
    @Test
    void atMostAThousandFailuresAreKeptAndMerged() throws Exception {
        Path file = vault();
        Path failures = dir.resolve("vault.keysmith.failures");
        StringBuilder lines = new StringBuilder();
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < 1500; i++) {
            lines.append(t.plusSeconds(i)).append('\n');
        }
        Files.writeString(failures, lines, StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> store.unlock(file, "wrong".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
        assertThat(Files.readAllLines(failures)).hasSize(FailedUnlocks.MAX_LINES)
                .endsWith(clock.instant().toString());

        clock.advance(Duration.ofMinutes(5));
        Vault v = store.unlock(file, PASSWORD.clone());
        assertThat(v.audit().stream().filter(a -> a.action() == AuditAction.UNLOCK_FAILED)).hasSize(1000);
        assertThat(v.notices()).anyMatch(n -> n.startsWith("1000 wrong master passwords were tried"));
        v.save();
        v.lock();
        assertThat(failures).doesNotExist();
        assertThat(Arrays.asList(dir.toFile().list())).noneMatch(n -> n.endsWith(".tmp"));
    }
}
