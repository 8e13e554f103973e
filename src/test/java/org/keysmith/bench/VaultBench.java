package org.keysmith.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.files.AtomicFiles;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultProbe;
import org.keysmith.vault.VaultStore;

/**
 * {@code vault}: with the production KDF cost (calibrated on creation) and 10 000 key entries: one bare key
 * derivation and unlock (medians of 5, after the store's warm-up, which the app runs in the background while the
 * user types the password, and one unmeasured unlock), saves after unlock (median of 20, each after one audit
 * event, since a save with nothing changed writes nothing), and the file size.
 */
public final class VaultBench implements BenchSuite {
    private static final int ENTRIES = 10_000;
    private static final char[] PASSWORD = "benchmark password".toCharArray();

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("keysmith-vault-bench");
        Path file = dir.resolve("vault.keysmith");
        VaultStore store = new VaultStore(new AtomicFiles(), Clock.systemUTC());
        Vault v = store.create(file, PASSWORD.clone());
        for (int i = 0; i < ENTRIES; i++) {
            v.putEntry(TestVaults.entry("k" + i, "0123456789ABCDEF0123456789ABCDEF"));
        }
        v.save();
        v.lock();
        int iterations = VaultProbe.iterationsOf(file);
        report.note("KDF iterations calibrated to " + iterations);
        store.warmUp(file); // as the app does in the background while the user types the master password
        store.unlock(file, PASSWORD.clone()).lock();
        long[] kdf = new long[5];
        long[] unlock = new long[5];
        for (int i = 0; i < kdf.length; i++) {
            kdf[i] = VaultProbe.deriveOnceNanos(iterations);
            long t = System.nanoTime();
            Vault u = store.unlock(file, PASSWORD.clone());
            unlock[i] = System.nanoTime() - t;
            u.lock();
        }
        Vault u = store.unlock(file, PASSWORD.clone());
        u.save(); // the session's first save (it also takes the session's backup)
        long[] saves = new long[20];
        for (int i = 0; i < saves.length; i++) {
            // a save writes only when something changed: one audit event each, as a copy or a verify adds
            u.appendAudit(new AuditEvent(Instant.now(), AuditAction.KEY_COPIED, null, null, "bench " + i));
            long t = System.nanoTime();
            u.save();
            saves[i] = System.nanoTime() - t;
        }
        u.lock();
        double kdfMs = Stats.of(kdf).median() / 1e6;
        double unlockMs = Stats.of(unlock).median() / 1e6;
        double saveMs = Stats.of(saves).median() / 1e6;
        report.metric("kdf_ms", kdfMs, "ms");
        report.metric("unlock_ms", unlockMs, "ms");
        report.metric("unlock_ratio", unlockMs / kdfMs, "x");
        report.metric("save_ms", saveMs, "ms");
        report.metric("save_to_kdf_ratio", saveMs / kdfMs, "x");
        report.metric("file_bytes", Files.size(file), "bytes");
    }
}
