package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import java.nio.file.StandardCopyOption;

/**
 * A child JVM saves in a loop and is killed (SIGKILL) at random moments, many times. Afterwards the vault, or
 * its newest backup, always opens and holds a consistent state: entries k0..k(n-1), nothing half-written.
 */
class VaultCrashTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingNeverLosesTheVault() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        VaultStore store = TestVaults.fastStore();
        store.create(file, "pw".toCharArray()).lock();
        Random random = new Random(42);
        int previous = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashSaver.class.getName(), file.toString(), "pw")
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                assertThat(out.readLine()).isEqualTo("saving");
                Thread.sleep(random.nextInt(150));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int count = consistentEntryCount(store, file);
            assertThat(count).as("round %d", round).isGreaterThanOrEqualTo(previous);
            previous = count;
        }
        assertThat(previous).isGreaterThanOrEqualTo(ROUNDS);
    }

    /** Opens the vault (or, if it cannot be opened, its newest backup) and checks its entries are k0..k(n-1). */
    private static int consistentEntryCount(VaultStore store, Path file) throws Exception {
        Vault v;
        try {
            v = store.unlock(file, "pw".toCharArray());
        } catch (VaultException e) {
            Path backup = store.backups(file).get(0);
            Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
            v = store.unlock(file, "pw".toCharArray());
        }
        try {
            var names = v.entries().stream().map(ApiKeyEntry::name).collect(Collectors.toSet());
            for (int i = 0; i < names.size(); i++) {
                assertThat(names).contains("k" + i);
            }
            return names.size();
        } finally {
            v.lock();
        }
    }
}
