package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.sandbox.SandboxTestKeys;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;

class ConnectionServiceTest {
    @TempDir
    Path dir;
    private ServiceFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Connection custom(ApiCredentials key) throws Exception {
        return new Connection("c-1", "My test account", Site.CUSTOM, f.connection().baseUrl(), Environment.LIVE, key);
    }

    @Test
    void theSandboxMasterKeyIsReady() throws Exception {
        ConnectionCheck check = f.connections.test(f.connection());
        assertThat(check.isReady()).isTrue();
        assertThat(check.problems()).isEmpty();
        assertThat(check.summary()).contains("main account").contains("Read, Trade").contains("127.0.0.1");
    }

    @Test
    void explainsWhatToFixOnOkx() throws Exception {
        ApiCredentials unbound = SandboxTestKeys.mainKey(f.server(), Permissions.readOnly(), "");
        ConnectionCheck check = f.connections.test(custom(unbound));
        assertThat(check.isReady()).isFalse();
        assertThat(check.problems()).anyMatch(p -> p.contains("Trade")).anyMatch(p -> p.contains("IP address"));
        ApiCredentials withdraws = SandboxTestKeys.mainKey(f.server(), Permissions.of(Permission.TRADE,
                Permission.WITHDRAW), "127.0.0.1");
        assertThat(f.connections.test(custom(withdraws)).problems()).singleElement().asString().contains("withdraw");
    }

    @Test
    void wrongPassphraseAndUnknownKeySayWhatHappened() throws Exception {
        ApiCredentials master = f.connection().masterKey();
        ApiCredentials wrong = new ApiCredentials(master.apiKey(), master.secretKey().copy(),
                Secret.copyOf("Wrong-pass1".toCharArray()));
        assertThatThrownBy(() -> f.connections.test(custom(wrong))).hasMessageContaining("passphrase does not match");
    }

    @Test
    void savedConnectionsAreListedAfterTheSandboxAndCanBeRemoved() throws Exception {
        f.connections.save(custom(SandboxTestKeys.mainKey(f.server(), Permissions.of(Permission.TRADE), "127.0.0.1")));
        assertThat(f.connections.all()).extracting(Connection::name)
                .containsExactly(SandboxService.NAME, "My test account");
        f.connections.remove("c-1");
        assertThat(f.connections.all()).hasSize(1);
        assertThatThrownBy(() -> f.connections.remove(Connection.SANDBOX_ID)).hasMessageContaining("cannot be removed");
        assertThat(IpAllowlist.parse("127.0.0.1").isValid()).isTrue();
    }

    /** L10: a removed connection's master key survives in the backups until the user deletes them. */
    @Test
    void removingAConnectionNamesTheBackupsThatMayHoldItsMasterKeyAndDeletesThemOnRequest() throws Exception {
        f.connections.save(custom(SandboxTestKeys.mainKey(f.server(), Permissions.of(Permission.TRADE), "127.0.0.1")));
        f.session.lock();
        f.session.unlock(ServiceFixture.password());
        List<Path> backups = f.connections.remove("c-1");
        Path newest = f.vaultFile.resolveSibling("vault.keysmith.bak1");
        assertThat(backups).contains(newest);
        Vault before = TestVaults.fastStore().unlock(newest, ServiceFixture.password());
        assertThat(before.connections()).as("the backup still holds it").extracting(Connection::id).contains("c-1");
        before.lock();

        assertThat(f.connections.deleteBackups()).isEmpty();

        assertThat(f.session.vault().backups()).isEmpty();
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.matches("vault\\.keysmith\\.bak[0-9]"));
        }
        assertThat(f.session.vault().connections()).isEmpty();
    }
}
