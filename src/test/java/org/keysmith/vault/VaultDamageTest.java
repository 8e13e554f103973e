package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.files.AtomicFiles;
import org.keysmith.service.TestClock;
import java.util.Arrays;

/** Wrong passwords, flipped bytes, truncation and unknown versions: always a clear error, never garbage. */
class VaultDamageTest {
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final VaultStore store = TestVaults.fastStore(new AtomicFiles(), clock);

    /** A vault changed in {@code sessions} unlock sessions (the first creates it): that many backups, up to 3. */
    private Path smallVault(int sessions) throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = store.create(file, "right password".toCharArray());
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.lock();
        for (int i = 1; i < sessions; i++) {
            Vault again = store.unlock(file, "right password".toCharArray());
            again.putEntry(TestVaults.entry("extra" + i, "SECRET-EXTRA"));
            again.save();
            again.lock();
        }
        return file;
    }

    @Test
    void wrongPasswordsAreAlwaysReportedAsSuchAndRecorded() throws Exception {
        Path file = smallVault(1);
        for (int i = 0; i < 300; i++) {
            String guess = "guess-" + i;
            clock.advance(Duration.ofSeconds(FailedUnlocks.MAX_DELAY_SECONDS));
            assertThatThrownBy(() -> store.unlock(file, guess.toCharArray()))
                    .isInstanceOf(VaultException.WrongPassword.class).hasMessageStartingWith("Wrong master password");
        }
        clock.advance(Duration.ofSeconds(FailedUnlocks.MAX_DELAY_SECONDS));
        Vault v = store.unlock(file, "right password".toCharArray());
        assertThat(v.audit().stream().filter(a -> a.action() == AuditAction.UNLOCK_FAILED)).hasSize(300);
        assertThat(v.notices()).anyMatch(n -> n.startsWith("300 wrong master passwords were tried since the last "
                + "unlock"));
        v.save();
        v.lock();
        Vault again = store.unlock(file, "right password".toCharArray());
        assertThat(again.audit().stream().filter(a -> a.action() == AuditAction.UNLOCK_FAILED)).hasSize(300);
        assertThat(again.audit().stream().map(AuditEvent::detail)).noneMatch(d -> d.contains("guess"));
        again.lock();
    }

    @Test
    void everyFlippedByteGivesAClearErrorOrTheUnchangedContents() throws Exception {
        Path file = smallVault(2);
        byte[] original = Files.readAllBytes(file);
        int opened = 0;
        for (int i = 0; i < original.length; i++) {
            for (int mask : new int[] {0x01, 0x80}) {
                byte[] bad = original.clone();
                bad[i] ^= mask;
                Files.write(file, bad);
                try {
                    Vault v = store.unlock(file, "right password".toCharArray());
                    ApiKeyEntry e = v.entries().get(0);
                    assertThat(new String(e.secretKey().chars())).as("byte %d", i).isEqualTo("SECRET-ONE");
                    v.lock();
                    opened++;
                } catch (VaultException.Damaged | VaultException.TooNew expected) {
                    assertThat(expected.getMessage()).doesNotContain("SECRET");
                } catch (VaultException other) {
                    fail("byte " + i + " mask " + mask + " gave " + other.getClass().getSimpleName() + ": "
                            + other.getMessage());
                }
            }
        }
        // only flips of base64 padding bits, which decode to the same bytes, may leave the file readable
        assertThat(opened).isLessThan(8);
        Files.write(file, original);
        store.unlock(file, "right password".toCharArray()).lock();
    }

    @Test
    void damageMessageNamesTheBackups() throws Exception {
        Path file = smallVault(3);
        Files.writeString(file, "{\"format\":\"keysmith-vault\",\"version\":1,\"kdf\":");
        assertThatThrownBy(() -> store.unlock(file, "right password".toCharArray()))
                .isInstanceOf(VaultException.Damaged.class)
                .hasMessageContaining("damaged or was modified outside Keysmith")
                .hasMessageContaining("vault.keysmith.bak1").hasMessageContaining("vault.keysmith.bak3");
    }

    @Test
    void truncatedAndEmptyFiles() throws Exception {
        Path file = smallVault(1);
        byte[] original = Files.readAllBytes(file);
        for (int len = 0; len < original.length; len += Math.max(1, original.length / 60)) {
            Files.write(file, Arrays.copyOf(original, len));
            assertThatThrownBy(() -> store.unlock(file, "right password".toCharArray()))
                    .as("length %d", len).isInstanceOf(VaultException.Damaged.class);
        }
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> store.unlock(file, "right password".toCharArray())).hasMessageContaining("empty");
    }

    @Test
    void newerVersionIsExplained() throws Exception {
        Path file = smallVault(1);
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\"version\" : 1", "\"version\" : 2");
        Files.writeString(file, text);
        assertThatThrownBy(() -> store.unlock(file, "right password".toCharArray()))
                .isInstanceOf(VaultException.TooNew.class).hasMessageContaining("newer Keysmith");
        assertThat(Files.readString(file)).contains("\"version\" : 2");
    }

    @Test
    void somethingElseEntirely() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "my api keys: ...");
        assertThatThrownBy(() -> store.unlock(file, "pw".toCharArray())).isInstanceOf(VaultException.Damaged.class);
        Files.writeString(file, "{\"hello\": \"world\"}");
        assertThatThrownBy(() -> store.unlock(file, "pw".toCharArray())).hasMessageContaining("not a Keysmith vault");
    }
}
