package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExistingKey;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.sandbox.SandboxTestKeys;
import org.keysmith.service.VerifyFailure.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Add existing key" against the sandbox: verification, every refusal in plain words, unverified saves. */
class ExistingKeysTest {
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

    @Test
    void aMainAccountKeyIsVerifiedAndSavedWithWhatOkxReports() throws Exception {
        ApiCredentials web = SandboxTestKeys.mainKey(f.server(), Permissions.of(Permission.READ, Permission.TRADE), "");
        ExistingKey key = key("website", Environment.LIVE, web.apiKey(), web.secretKey(), SandboxTestKeys.PASSPHRASE);

        ExistingKeyCheck check = f.keys.checkExisting(KeyPlace.SANDBOX, key);
        assertThat(check.mainAccount()).isTrue();
        assertThat(check.permissions().has(Permission.TRADE)).isTrue();
        assertThat(check.warnings()).anyMatch(w -> w.contains("14 days"));

        ApiKeyEntry saved = f.keys.addExisting(KeyPlace.SANDBOX, key, check, null);
        assertThat(saved.status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(saved.subAccount()).isNull();
        assertThat(saved.lastVerified()).isNotNull();
        assertThat(saved.secretKey().contentEquals(web.secretKey())).isTrue();
        assertThat(KeyService.revocableThroughApi(saved)).isFalse();
        assertThatThrownBy(() -> f.keys.revoke(saved.id())).hasMessageContaining("OKX website");
        assertThat(f.keys.markRevoked(saved.id()).status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void aSubAccountKeyIsFoundInItsSubAccountAndCanBeRevokedThroughTheApi() throws Exception {
        ApiCredentials web = SandboxTestKeys.subKey(f.server(), Permissions.readOnly(), "");
        ExistingKey key = key("subweb", Environment.LIVE, web.apiKey(), web.secretKey(), SandboxTestKeys.PASSPHRASE);
        ExistingKeyCheck check = f.keys.checkExisting(KeyPlace.SANDBOX, key);
        assertThat(check.mainAccount()).isFalse();
        assertThat(check.subAccount()).isEqualTo("TradingDesk01");

        ApiKeyEntry saved = f.keys.addExisting(KeyPlace.SANDBOX, key, check, null);
        assertThat(KeyService.revocableThroughApi(saved)).isTrue();
        assertThat(f.keys.revoke(saved.id()).status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void eachRefusalNamesTheFieldToFix() throws Exception {
        ApiCredentials web = SandboxTestKeys.mainKey(f.server(), Permissions.readOnly(), "");
        String pass = SandboxTestKeys.PASSPHRASE;
        assertRefused(key("n", Environment.LIVE, web.apiKey(), web.secretKey(), "Wrong-pass1"), Field.PASSPHRASE,
                "50105");
        assertRefused(key("n", Environment.LIVE, web.apiKey(), Secret.copyOf("ABCDEF0123456789".toCharArray()), pass),
                Field.SECRET_KEY, "50113");
        assertRefused(key("n", Environment.DEMO, web.apiKey(), web.secretKey(), pass), Field.ENVIRONMENT, "50101");
        assertRefused(key("n", Environment.LIVE, "0b1c2d3e-aaaa-bbbb-cccc-0123456789ab", web.secretKey(), pass),
                Field.SITE, "does not know");
    }

    @Test
    void anIpBoundKeyMayBeSavedUnverifiedAndVerifiesLater() throws Exception {
        ApiCredentials web = SandboxTestKeys.mainKey(f.server(), Permissions.of(Permission.READ, Permission.TRADE),
                "203.0.113.9");
        ExistingKey key = key("bound", Environment.LIVE, web.apiKey(), web.secretKey(), SandboxTestKeys.PASSPHRASE);
        VerifyFailure failure = refused(key);
        assertThat(failure.canSaveUnverified()).isTrue();
        assertThat(failure.getMessage()).contains("50110").contains("not verified");

        ApiKeyEntry saved = f.keys.addExisting(KeyPlace.SANDBOX, key, null, failure.getMessage());
        assertThat(saved.status()).isEqualTo(KeyStatus.UNVERIFIED);
        assertThat(saved.lastVerified()).isNull();
        assertThat(f.keys.history(saved.id())).singleElement()
                .satisfies(a -> assertThat(a.action()).isEqualTo(AuditAction.KEY_ADDED))
                .satisfies(a -> assertThat(a.toString()).doesNotContain(web.secretKey().exposeAsString())
                        .doesNotContain(SandboxTestKeys.PASSPHRASE));
    }

    @Test
    void networkTroubleOffersAnUnverifiedSave() throws Exception {
        ApiCredentials web = SandboxTestKeys.mainKey(f.server(), Permissions.readOnly(), "");
        f.server().faults().serverErrorsOnNext(3);
        VerifyFailure failure = refused(key("n", Environment.LIVE, web.apiKey(), web.secretKey(),
                SandboxTestKeys.PASSPHRASE));
        assertThat(failure.canSaveUnverified()).isTrue();
        assertThat(failure.field()).isEqualTo(Field.NONE);
    }

    @Test
    void aKeySyncFoundWithoutItsSecretGetsTheSecretWhenAdded() throws Exception {
        ApiCredentials web = SandboxTestKeys.subKey(f.server(), Permissions.readOnly(), "");
        f.keys.sync(f.connection(), true);
        ApiKeyEntry found = f.keys.entries().stream().filter(e -> e.apiKey().equals(web.apiKey())).findFirst().get();
        assertThat(found.hasSecret()).isFalse();

        ExistingKey key = key("again", Environment.LIVE, web.apiKey(), web.secretKey(), SandboxTestKeys.PASSPHRASE);
        ExistingKeyCheck check = f.keys.checkExisting(KeyPlace.SANDBOX, key);
        assertThat(check.warnings()).anyMatch(w -> w.contains("already in the vault"));
        ApiKeyEntry saved = f.keys.addExisting(KeyPlace.SANDBOX, key, check, null);

        assertThat(saved.id()).isEqualTo(found.id());
        assertThat(saved.hasSecret()).isTrue();
        assertThat(f.keys.entries()).filteredOn(e -> e.apiKey().equals(web.apiKey())).hasSize(1);
    }

    @Test
    void anUnverifiedSecretNeverReplacesAStoredOneAndARevokedKeyStaysRevoked() throws Exception {
        ApiCredentials web = SandboxTestKeys.subKey(f.server(), Permissions.readOnly(), "");
        ExistingKey good = key("keep", Environment.LIVE, web.apiKey(), web.secretKey(), SandboxTestKeys.PASSPHRASE);
        ApiKeyEntry saved = f.keys.addExisting(KeyPlace.SANDBOX, good, f.keys.checkExisting(KeyPlace.SANDBOX, good),
                null);

        ExistingKey typo = key("keep", Environment.LIVE, web.apiKey(),
                Secret.copyOf("0000000000000000000000000000AAAA".toCharArray()), SandboxTestKeys.PASSPHRASE);
        assertThatThrownBy(() -> f.keys.addExisting(KeyPlace.SANDBOX, typo, null, "OKX unreachable"))
                .hasMessageContaining("already holds a secret").hasMessageContaining("Nothing was saved");
        ApiKeyEntry still = f.session.vault().entry(saved.id()).orElseThrow();
        assertThat(still.secretKey().contentEquals(web.secretKey())).as("the working secret is kept").isTrue();
        assertThat(still.status()).isEqualTo(KeyStatus.ACTIVE);

        f.keys.revoke(saved.id());
        assertThatThrownBy(() -> f.keys.addExisting(KeyPlace.SANDBOX, good, null, "again"))
                .hasMessageContaining("revoked");
        assertThat(f.session.vault().entry(saved.id()).orElseThrow().status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        ExistingKey blank = key("", Environment.LIVE, "abc", Secret.copyOf(new char[0]), "");
        assertThatThrownBy(() -> f.keys.checkExisting(KeyPlace.SANDBOX, blank)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("name");
    }

    private void assertRefused(ExistingKey key, Field field, String text) {
        VerifyFailure failure = refused(key);
        assertThat(failure.field()).isEqualTo(field);
        assertThat(failure.getMessage()).contains(text);
        assertThat(failure.canSaveUnverified()).isFalse();
    }

    private VerifyFailure refused(ExistingKey key) {
        try {
            f.keys.checkExisting(KeyPlace.SANDBOX, key);
        } catch (VerifyFailure e) {
            return e;
        } catch (UserFacingException e) {
            throw new AssertionError("expected a VerifyFailure, got: " + e.getMessage(), e);
        }
        throw new AssertionError("OKX accepted the key");
    }

    private static ExistingKey key(String name, Environment env, String apiKey, Secret secret, String pass) {
        return new ExistingKey(name, "from the website", env, apiKey, secret.copy(),
                Secret.copyOf(pass.toCharArray()));
    }
}
