package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Secret;
import java.time.Instant;
import java.util.Base64;
import org.keysmith.domain.Site;

class VaultRoundTripTest {
    @TempDir
    Path dir;
    private final VaultStore store = TestVaults.fastStore();

    private Path file() {
        return dir.resolve("sub/vault.keysmith");
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void everythingSurvivesARoundTrip() throws Exception {
        Vault v = store.create(file(), "correct horse".toCharArray());
        ApiKeyEntry e = TestVaults.entry("bot1", "SECRET-ONE");
        v.putEntry(e);
        v.putConnection(TestVaults.connection("MASTER-SECRET"));
        v.appendAudit(new AuditEvent(Instant.now(), AuditAction.KEY_CREATED, e.id(), "bot1", "created"));
        v.save();
        v.lock();
        Vault again = store.unlock(file(), "correct horse".toCharArray());
        ApiKeyEntry back = again.entry(e.id()).orElseThrow();
        assertThat(back.name()).isEqualTo("bot1");
        assertThat(back.secretKey().chars()).containsExactly("SECRET-ONE".toCharArray());
        assertThat(back.passphrase().chars()).containsExactly("Pass-bot11".toCharArray());
        assertThat(back.permissions()).isEqualTo(e.permissions());
        assertThat(back.ips()).isEqualTo(e.ips());
        assertThat(back.created()).isEqualTo(e.created());
        assertThat(back.description()).isEqualTo(e.description());
        var c = again.connection("conn-1").orElseThrow();
        assertThat(c.masterKey().secretKey().chars()).containsExactly("MASTER-SECRET".toCharArray());
        assertThat(c.site()).isEqualTo(Site.EEA);
        assertThat(again.audit()).extracting(AuditEvent::action)
                .containsSubsequence(AuditAction.VAULT_CREATED, AuditAction.KEY_CREATED, AuditAction.VAULT_UNLOCKED);
        again.lock();
    }

    @Test
    void fileHasTheDesignedFormatAndNoPlaintext() throws Exception {
        Vault v = store.create(file(), "pw".toCharArray());
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.lock();
        byte[] raw = Files.readAllBytes(file());
        JsonNode root = new ObjectMapper().readTree(raw);
        assertThat(root.fieldNames()).toIterable().containsExactly("format", "version", "kdf", "wrappedKey", "keyCheck",
                "cipher", "nonce", "payload");
        assertThat(root.path("format").asText()).isEqualTo("keysmith-vault");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(root.path("kdf").path("algorithm").asText()).isEqualTo("PBEWITHHMACSHA512ANDAES_256");
        assertThat(root.path("kdf").path("iterations").asInt()).isEqualTo(TestVaults.FAST_ITERATIONS);
        assertThat(root.path("cipher").asText()).isEqualTo("AES/GCM/NoPadding");
        assertThat(Base64.getDecoder().decode(root.path("nonce").asText())).hasSize(12);
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("SECRET-ONE").doesNotContain("bot1").doesNotContain("TradingDesk01");
    }

    @Test
    void everySaveHasAFreshNonceButTheSameKeyBlock() throws Exception {
        Vault v = store.create(file(), "pw".toCharArray());
        JsonNode first = new ObjectMapper().readTree(Files.readAllBytes(file()));
        v.putEntry(TestVaults.entry("k", "S"));
        v.save();
        JsonNode second = new ObjectMapper().readTree(Files.readAllBytes(file()));
        assertThat(second.path("nonce")).isNotEqualTo(first.path("nonce"));
        assertThat(second.path("wrappedKey")).isEqualTo(first.path("wrappedKey"));
        v.lock();
    }

    @Test
    void ownerOnlyPermissionsForTheVaultItsFolderAndItsBackups() throws Exception {
        for (int session = 0; session < 4; session++) {
            Vault v = session == 0 ? store.create(file(), "pw".toCharArray()) : store.unlock(
                    file(), "pw".toCharArray());
            v.putEntry(TestVaults.entry("k" + session, "S" + session));
            v.save();
            v.lock();
        }
        assertThat(perms(file())).isEqualTo("rw-------");
        assertThat(perms(file().getParent())).isEqualTo("rwx------");
        assertThat(store.backups(file())).hasSize(3);
        for (Path b : store.backups(file())) {
            assertThat(perms(b)).isEqualTo("rw-------");
        }
    }

    @Test
    void lockingWipesEverySecretAndRefusesFurtherWork() throws Exception {
        Vault v = store.create(file(), "pw".toCharArray());
        ApiKeyEntry e = TestVaults.entry("bot1", "SECRET-ONE");
        v.putEntry(e);
        v.putConnection(TestVaults.connection("MASTER-SECRET"));
        Secret master = v.connection("conn-1").orElseThrow().masterKey().secretKey();
        v.lock();
        assertThat(e.secretKey().isDestroyed()).isTrue();
        assertThat(e.passphrase().isDestroyed()).isTrue();
        assertThat(master.isDestroyed()).isTrue();
        assertThat(v.entries()).isEmpty();
        assertThatThrownBy(v::save).isInstanceOf(VaultException.Locked.class);
        assertThatThrownBy(() -> v.putEntry(TestVaults.entry("x", "y"))).isInstanceOf(VaultException.Locked.class);
    }

    @Test
    void oneInstancePerVault() throws Exception {
        Vault v = store.create(file(), "pw".toCharArray());
        assertThatThrownBy(() -> store.unlock(file(), "pw".toCharArray())).isInstanceOf(VaultException.InUse.class)
                .hasMessageContaining("open in another Keysmith");
        v.lock();
        store.unlock(file(), "pw".toCharArray()).lock();
    }

    @Test
    void createRefusesToOverwriteAndUnlockExplainsAMissingFile() throws Exception {
        store.create(file(), "pw".toCharArray()).lock();
        assertThatThrownBy(() -> store.create(file(), "pw".toCharArray())).hasMessageContaining("already exists");
        assertThatThrownBy(() -> store.unlock(dir.resolve("none.keysmith"), "pw".toCharArray()))
                .hasMessageContaining("There is no vault");
    }

}
