package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Secret;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.TestClock;

/**
 * Code review D3 and security review M3/L10: backups are the vault as it was before each of the last three unlock
 * sessions that changed it (one busy session pushes out one old version, not all), a save with nothing changed
 * writes nothing, and the copies of a removed master key can be deleted.
 */
class VaultBackupsTest {
    private static final char[] PASSWORD = "right password".toCharArray();

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final VaultStore store = TestVaults.fastStore(new AtomicFiles(), clock);
    private Path file() {
        return dir.resolve("vault.keysmith");
    }

    private Path bak(int n) {
        return dir.resolve("vault.keysmith.bak" + n);
    }

    /** Entries in the vault (or backup) at {@code path}. */
    private int entriesIn(Path path) throws Exception {
        Vault v = store.unlock(path, PASSWORD.clone());
        try {
            return v.entries().size();
        } finally {
            v.lock();
        }
    }

    private void session(int changes) throws Exception {
        Vault v = store.unlock(file(), PASSWORD.clone());
        for (int i = 0; i < changes; i++) {
            v.putEntry(TestVaults.entry("e" + System.nanoTime(), "S"));
            v.save();
        }
        v.lock();
    }

    @Test
    void aBusySessionTakesOneBackupAndLeavesTheOlderOnes() throws Exception {
        store.create(file(), PASSWORD.clone()).lock();
        assertThat(store.backups(file())).isEmpty();
        session(1); // bak1: the new, empty vault
        session(1); // bak1: 1 entry, bak2: 0
        session(1); // bak1: 2 entries, bak2: 1, bak3: 0
        session(25); // a Sync or a busy day: 25 saves, one backup
        assertThat(store.backups(file())).containsExactly(bak(1), bak(2), bak(3));
        assertThat(entriesIn(bak(1))).isEqualTo(3);
        assertThat(entriesIn(bak(2))).isEqualTo(2);
        assertThat(entriesIn(bak(3))).isEqualTo(1);
        assertThat(entriesIn(file())).isEqualTo(28);
        assertThat(store.backups(file())).as("opening the backups changed nothing").hasSize(3);
    }

    @Test
    void aSessionThatOnlyAddsAuditEventsTakesNoBackup() throws Exception {
        store.create(file(), PASSWORD.clone()).lock();
        session(1);
        byte[] bak1 = Files.readAllBytes(bak(1));
        Vault v = store.unlock(file(), PASSWORD.clone());
        v.appendAudit(new AuditEvent(clock.instant(), AuditAction.KEY_COPIED, null, null, "copied"));
        v.save();
        v.appendAudit(new AuditEvent(clock.instant(), AuditAction.KEY_EXPORTED, null, null, "exported"));
        v.save();
        v.lock();
        assertThat(store.backups(file())).containsExactly(bak(1));
        assertThat(Files.readAllBytes(bak(1))).isEqualTo(bak1);
        Vault again = store.unlock(file(), PASSWORD.clone());
        assertThat(again.audit()).extracting(AuditEvent::action).contains(AuditAction.KEY_COPIED,
                AuditAction.KEY_EXPORTED);
        again.lock();
    }

    /** A save with nothing changed does not write: same bytes (a write would have a new nonce), same file. */
    @Test
    void aSaveWithNothingChangedWritesNothing() throws Exception {
        store.create(file(), PASSWORD.clone()).lock();
        Vault v = store.unlock(file(), PASSWORD.clone());
        assertThat(v.hasUnsavedChanges()).as("the unlock itself is an audit event").isTrue();
        v.save();
        assertThat(v.hasUnsavedChanges()).isFalse();
        byte[] before = Files.readAllBytes(file());
        Object inode = Files.readAttributes(file(), BasicFileAttributes.class).fileKey();
        v.save();
        v.save();
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(Files.readAttributes(file(), BasicFileAttributes.class).fileKey()).isEqualTo(inode);
        v.putEntry(TestVaults.entry("x", "S"));
        v.save();
        assertThat(Files.readAllBytes(file())).isNotEqualTo(before);
        v.lock();
    }

    /** L10: after a connection is removed, its master key is gone from the file; deleteBackups removes the rest. */
    @Test
    void deletingBackupsLeavesNoCopyOfARemovedMasterKey() throws Exception {
        Vault v = store.create(file(), PASSWORD.clone());
        v.putConnection(TestVaults.connection("MASTER-SECRET"));
        v.save();
        v.lock();
        session(1);
        session(1);
        Vault u = store.unlock(file(), PASSWORD.clone());
        u.removeConnection("conn-1");
        u.save();
        assertThat(u.backups()).hasSize(3);

        assertThat(u.deleteBackups()).isEmpty();

        assertThat(u.backups()).isEmpty();
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".bak"));
        }
        u.putEntry(TestVaults.entry("later", "S"));
        u.save();
        u.lock();
        assertThat(store.backups(file())).as("the session's next change takes a backup again").hasSize(1);
        for (Path p : new Path[] {file(), bak(1)}) {
            Vault check = store.unlock(p, PASSWORD.clone());
            assertThat(check.connections()).as("%s", p).isEmpty();
            check.lock();
        }
    }

    @Test
    void aReplacedMasterKeyIsWipedUnlessTheNewConnectionKeepsIt() throws Exception {
        Vault v = store.create(file(), PASSWORD.clone());
        Connection first = TestVaults.connection("MASTER-ONE");
        v.putConnection(first);
        Connection renamed = new Connection(first.id(), "Renamed", first.site(), null, first.environment(),
                first.masterKey());
        v.putConnection(renamed);
        assertThat(first.masterKey().secretKey().isDestroyed()).as("same key kept").isFalse();

        Connection rekeyed = renamed.withMasterKey(new ApiCredentials("other-key",
                Secret.copyOf("MASTER-TWO".toCharArray()), Secret.copyOf("Other-pass1".toCharArray())));
        v.putConnection(rekeyed);
        assertThat(first.masterKey().secretKey().isDestroyed()).isTrue();
        assertThat(first.masterKey().passphrase().isDestroyed()).isTrue();
        assertThat(rekeyed.masterKey().secretKey().isDestroyed()).isFalse();

        v.removeConnection(rekeyed.id());
        assertThat(rekeyed.masterKey().secretKey().isDestroyed()).isTrue();
        v.lock();
    }
}
