package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;
import org.keysmith.domain.SubAccountName;

/** KeyService against the in-process sandbox and a real vault file. */
class KeyServiceTest {
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

    private Vault reopen() throws Exception {
        f.session.lock();
        return TestVaults.fastStore().unlock(f.vaultFile, "master password".toCharArray());
    }

    @Test
    void createSavesTheKeyWithItsSecretBeforeReturning() throws Exception {
        CreateResult r = f.keys.create(f.connection(), ServiceFixture.request("bot1", "127.0.0.1", Permission.TRADE));
        CreateResult.Created created = (CreateResult.Created) r;
        assertThat(created.notSaved()).isFalse();
        String secret = new String(created.secretKey().chars());
        assertThat(secret).matches("[0-9A-F]{32}");
        assertThat(new String(created.passphrase().chars())).isEqualTo("Abc123!xyz");
        assertThat(f.server().state().keyCount()).isEqualTo(2 + 5 + 1);
        Vault onDisk = reopen();
        ApiKeyEntry e = onDisk.entries().get(0);
        assertThat(e.name()).isEqualTo("bot1");
        assertThat(e.apiKey()).isEqualTo(created.entry().apiKey());
        assertThat(new String(e.secretKey().chars())).isEqualTo(secret);
        assertThat(new String(e.passphrase().chars())).isEqualTo("Abc123!xyz");
        assertThat(e.permissions().has(Permission.TRADE)).isTrue();
        assertThat(e.subAccount()).isEqualTo("TradingDesk01");
        assertThat(e.description()).isEqualTo("for tests");
        assertThat(onDisk.audit()).anyMatch(a -> a.action() == AuditAction.KEY_CREATED && a.keyName().equals("bot1"));
        assertThat(onDisk.audit()).allMatch(a -> !a.detail().contains(secret) && !a.detail().contains("Abc123!xyz"));
        onDisk.lock();
    }

    @Test
    void exchangeRefusalsSaveNothingAndSayWhy() throws Exception {
        assertThatThrownBy(() -> f.keys.create(f.connection(), ServiceFixture.request("gridbot", "", Permission.TRADE)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already has a key with that name");
        assertThat(f.keys.entries()).isEmpty();
    }

    @Test
    void lostAnswerWithTheKeyCreatedIsReportedAsSecretLost() throws Exception {
        f.connection();
        f.server().faults().dropAfterCreate(1);
        CreateResult r = f.keys.create(f.connection(), ServiceFixture.request("lost1", "", Permission.TRADE));
        assertThat(r).isInstanceOf(CreateResult.SecretLost.class);
        assertThat(((CreateResult.SecretLost) r).explanation()).contains("secret").contains("revoke");
        ApiKeyEntry e = f.keys.entries().get(0);
        assertThat(e.status()).isEqualTo(KeyStatus.SECRET_LOST);
        assertThat(e.hasSecret()).isFalse();
        ApiKeyEntry revoked = f.keys.revoke(e.id());
        assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(f.clients.forConnection(f.connection()).apiKeys("TradingDesk01")).noneMatch(k -> k.label().equals(
                "lost1"));
    }

    @Test
    void lostAnswerWithoutTheKeyCreatedSaysSoAndKeepsNothing() throws Exception {
        f.connection();
        f.server().faults().serverErrorsOnNext(1);
        assertThatThrownBy(() -> f.keys.create(f.connection(), ServiceFixture.request("never1", "", Permission.TRADE)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("it was not created");
        assertThat(f.keys.entries()).isEmpty();
        assertThat(f.keys.create(f.connection(), ServiceFixture.request("never1", "", Permission.TRADE)))
                .isInstanceOf(CreateResult.Created.class);
    }

    @Test
    void lostAnswerThatCannotBeCheckedSaysToSync() throws Exception {
        f.connection();
        f.server().faults().serverErrors(1.0);
        assertThatThrownBy(() -> f.keys.create(f.connection(), ServiceFixture.request("unsure1", "", Permission.TRADE)))
                .hasMessageContaining("could not check").hasMessageContaining("Sync");
    }

    @Test
    void revokeDeletesOnTheExchangeMarksAndWipes() throws Exception {
        CreateResult.Created c = (CreateResult.Created) f.keys.create(f.connection(),
                ServiceFixture.request("bot2", "", Permission.TRADE));
        ApiKeyEntry stored = f.keys.entries().get(0);
        ApiKeyEntry revoked = f.keys.revoke(stored.id());
        assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(stored.secretKey().isDestroyed()).isTrue();
        assertThat(f.clients.forConnection(f.connection()).apiKeys("TradingDesk01"))
                .noneMatch(k -> k.apiKey().equals(c.entry().apiKey()));
        Vault onDisk = reopen();
        assertThat(onDisk.entries().get(0).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(onDisk.entries().get(0).secretKey()).isNull();
        assertThat(Files.readString(f.vaultFile, StandardCharsets.ISO_8859_1)).doesNotContain("bot2");
        onDisk.lock();
    }

    @Test
    void revokingAKeyAlreadyGoneMarksItGone() throws Exception {
        CreateResult.Created c = (CreateResult.Created) f.keys.create(f.connection(),
                ServiceFixture.request("bot3", "", Permission.TRADE));
        f.clients.forConnection(f.connection()).deleteApiKey("TradingDesk01", c.entry().apiKey());
        ApiKeyEntry gone = f.keys.revoke(f.keys.entries().get(0).id());
        assertThat(gone.status()).isEqualTo(KeyStatus.GONE_ON_EXCHANGE);
        assertThat(gone.hasSecret()).isFalse();
    }

    @Test
    void verifyStoresWhatTheExchangeReports() throws Exception {
        f.keys.create(f.connection(), ServiceFixture.request("bot4", "127.0.0.1", Permission.TRADE));
        ApiKeyEntry v = f.keys.verify(f.keys.entries().get(0).id());
        assertThat(v.lastVerified()).isNotNull();
        assertThat(v.ips().entries()).containsExactly("127.0.0.1");
        f.keys.create(f.connection(), ServiceFixture.request("bot5", "203.0.113.9", Permission.TRADE));
        String other = f.keys.entries().stream().filter(e -> e.name().equals("bot5")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> f.keys.verify(other)).hasMessageContaining("IP allowlist");
    }

    @Test
    void subAccountsComeFromTheExchangeAndNewOnesCanBeMade() throws Exception {
        assertThat(f.keys.subAccounts(f.connection())).extracting(s -> s.name())
                .contains("TradingDesk01", "Arbitrage02", "Research03");
        var made = f.keys.createSubAccount(f.connection(), new SubAccountName("NewDesk09"), "My new desk");
        assertThat(made.name()).isEqualTo("NewDesk09");
        assertThat(f.keys.subAccounts(f.connection())).extracting(s -> s.name()).contains("NewDesk09");
        assertThatThrownBy(() -> f.keys.createSubAccount(f.connection(),
                new SubAccountName("NewDesk09"), "")).hasMessageContaining("already exists");
    }

    @Test
    void lockedVaultRefusesWork() throws Exception {
        f.session.lock();
        assertThatThrownBy(() -> f.keys.create(f.connection(), ServiceFixture.request("x1", "", Permission.TRADE)))
                .hasMessageContaining("locked");
    }
}
