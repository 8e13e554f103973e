package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.ModifyApiKeyRequest;
import org.keysmith.domain.AuditAction;

class KeyServiceSyncEditTest {
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

    private ApiKeyEntry created(String name) throws Exception {
        f.keys.create(f.connection(), ServiceFixture.request(name, "127.0.0.1", Permission.TRADE));
        return f.keys.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void syncFindsUnknownMissingAndChangedKeysAndWipesNothing() throws Exception {
        ApiKeyEntry kept = created("kept1");
        ApiKeyEntry deleted = created("deleted1");
        ApiKeyEntry changed = created("changed1");
        var exchange = f.clients.forConnection(f.connection());
        exchange.deleteApiKey("TradingDesk01", deleted.apiKey());
        exchange.modifyApiKey(new ModifyApiKeyRequest("TradingDesk01", changed.apiKey(), null, "read_only", ""));
        exchange.createApiKey(new CreateApiKeyRequest("Research03", "webkey", Secret.copyOf("Web-pass1".toCharArray()),
                "read_only", null));

        SyncReport report = f.keys.sync(f.connection(), false);
        assertThat(report.notSeen()).extracting(ApiKeyEntry::name).containsExactly("deleted1");
        assertThat(report.drifted()).singleElement().satisfies(d -> {
            assertThat(d.key().name()).isEqualTo("changed1");
            assertThat(d.before()).contains("Trade").contains("127.0.0.1");
            assertThat(d.after()).isEqualTo("Read; IPs: none");
        });
        assertThat(report.unknown()).extracting(ApiKeyEntry::name)
                .contains("webkey", "gridbot", "dcabot", "arb1", "monitor", "readonly1").doesNotContain("kept1");
        assertThat(report.summary()).contains("1 not seen on the exchange");
        ApiKeyEntry missing = f.session.vault().entry(deleted.id()).orElseThrow();
        assertThat(missing.status()).isEqualTo(KeyStatus.NOT_SEEN);
        assertThat(missing.hasSecret()).as("a listing is no proof: the secret stays").isTrue();
        assertThat(f.session.vault().entry(changed.id()).orElseThrow().permissions()).isEqualTo(Permissions.readOnly());
        assertThat(f.session.vault().entry(kept.id()).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(f.keys.entries()).hasSize(3);

        SyncReport adding = f.keys.sync(f.connection(), true);
        assertThat(adding.unknown()).hasSize(6);
        assertThat(f.keys.entries()).hasSize(9).filteredOn(e -> e.name().equals("webkey")).singleElement()
                .satisfies(e -> assertThat(e.hasSecret()).isFalse());
        assertThat(f.keys.sync(f.connection(), false).isClean()).isTrue();

        ApiKeyEntry gone = f.keys.verify(deleted.id());
        assertThat(gone.status()).as("OKX answered for the key itself").isEqualTo(KeyStatus.GONE_ON_EXCHANGE);
        assertThat(gone.hasSecret()).isFalse();
    }

    @Test
    void editChangesTheExchangeAndTheDescriptionLocally() throws Exception {
        ApiKeyEntry e = created("edit1");
        ApiKeyEntry edited = f.keys.edit(e.id(), new KeyEdit("edit2", Permissions.readOnly(),
                IpAllowlist.parse("127.0.0.1 10.0.0.0/8").get(), "moved to the new server"));
        assertThat(edited.name()).isEqualTo("edit2");
        assertThat(edited.permissions()).isEqualTo(Permissions.readOnly());
        assertThat(edited.ips().entries()).containsExactly("127.0.0.1", "10.0.0.0/8");
        assertThat(edited.description()).isEqualTo("moved to the new server");
        var onExchange = f.clients.forConnection(f.connection()).apiKeys("TradingDesk01").stream()
                .filter(k -> k.apiKey().equals(e.apiKey())).findFirst().orElseThrow();
        assertThat(onExchange.label()).isEqualTo("edit2");
        assertThat(onExchange.perm()).isEqualTo("read_only");
        ApiKeyEntry onlyText = f.keys.edit(e.id(), new KeyEdit("edit2", edited.permissions(), edited.ips(),
                "just the note"));
        assertThat(onlyText.description()).isEqualTo("just the note");
        assertThatThrownBy(() -> f.keys.edit(e.id(), new KeyEdit("gridbot", edited.permissions(),
                edited.ips(), ""))).hasMessageContaining("already has a key with that name");
    }

    @Test
    void secretForCopyNeedsTheMasterPasswordAgain() throws Exception {
        ApiKeyEntry e = created("copy1");
        assertThatThrownBy(() -> f.keys.secretFor(e.id(),
                "wrong".toCharArray())).hasMessageStartingWith("Wrong master");
        try (Secret s = f.keys.secretFor(e.id(), "master password".toCharArray())) {
            assertThat(s.contentEquals(e.secretKey())).isTrue();
        }
        assertThat(f.session.vault().audit()).anyMatch(a -> a.action() == AuditAction.KEY_REVEALED);
    }
}
