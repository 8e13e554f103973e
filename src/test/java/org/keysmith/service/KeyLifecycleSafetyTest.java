package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;

/**
 * The worst paths of a key's life: a lock or a crash while a create is in flight, a refused create, a listing that
 * misses keys or fails for one sub-account, and re-authentication before minting or widening credentials.
 */
class KeyLifecycleSafetyTest {
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.now());
    private ServiceFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir, clock);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private ApiKeyEntry entryNamed(String name) throws Exception {
        return f.keys.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aLockWhileTheCreateIsInFlightWaitsForItAndTheKeyIsSavedWithItsSecret() throws Exception {
        f.server().faults().latency(Duration.ofMillis(700));
        KeyRequest request = ServiceFixture.request("inflight", "127.0.0.1", Permission.TRADE);
        CompletableFuture<CreateResult> create = CompletableFuture.supplyAsync(() -> {
            try {
                return f.keys.create(f.connection(), request);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntil(() -> f.keys.entries().stream().anyMatch(e -> e.status() == KeyStatus.PENDING));
        f.session.lock();
        assertThat(f.session.state()).isEqualTo(VaultState.LOCKING);
        request.passphrase().destroy();

        CreateResult result = create.get(20, TimeUnit.SECONDS);
        assertThat(f.session.state()).isEqualTo(VaultState.LOCKED);
        ((CreateResult.Created) result).destroyRevealedSecrets();
        f.server().faults().reset();
        Vault onDisk = TestVaults.fastStore().unlock(f.vaultFile, ServiceFixture.password());
        try {
            ApiKeyEntry saved = onDisk.entries().stream().filter(e -> e.name().equals("inflight")).findFirst()
                    .orElseThrow();
            assertThat(saved.status()).isEqualTo(KeyStatus.ACTIVE);
            assertThat(saved.hasSecret()).isTrue();
            assertThat(saved.passphrase().exposeAsString()).as("the service's own copy, not the caller's")
                    .isEqualTo("Abc123!xyz");
        } finally {
            onDisk.lock();
        }
    }

    /** Issue #20: the unlock's check for unfinished creates must not start the Sandbox server when none exists. */
    @Test
    void withNothingBeingCreatedTheCheckAfterUnlockLeavesTheSandboxStopped() throws Exception {
        assertThat(f.keys.reconcilePending()).isEmpty();
        assertThat(f.sandbox.server()).as("the Sandbox server").isNull();
    }

    @Test
    void keysLeftBeingCreatedByACrashAreSettledWithOkx() throws Exception {
        OkxClient exchange = f.clients.forConnection(f.connection());
        exchange.createApiKey(new CreateApiKeyRequest("TradingDesk01", "crashed1", Secret.copyOf("Abc123!xyz"
                .toCharArray()), "read_only", null));
        ApiKeyEntry crashed = pending("crashed1");
        ApiKeyEntry never = pending("never1");
        f.session.change(edit -> {
            edit.putPending(crashed);
            edit.putPending(never);
            return null;
        });

        List<String> lines = f.keys.reconcilePending();

        assertThat(lines).hasSize(2);
        ApiKeyEntry lost = entryNamed("crashed1");
        assertThat(lost.status()).isEqualTo(KeyStatus.SECRET_LOST);
        assertThat(lost.apiKey()).as("OKX's key, so it can be revoked").isNotNull();
        assertThat(f.keys.entries()).noneMatch(e -> e.name().equals("never1"));
        assertThat(f.keys.revoke(lost.id()).status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void aRefusedCreateLeavesNothingBehindAndAStuckCheckKeepsTheRecord() throws Exception {
        f.keys.create(f.connection(), ServiceFixture.request("dup1", "", Permission.READ));
        assertThatThrownBy(() -> f.keys.create(f.connection(), ServiceFixture.request("dup1", "", Permission.READ)))
                .hasMessageContaining("already has a key with that name");
        assertThat(f.keys.entries()).filteredOn(e -> e.name().equals("dup1")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(KeyStatus.ACTIVE));

        f.server().faults().serverErrorsOnNext(1 + 10);
        assertThatThrownBy(() -> f.keys.create(f.connection(), ServiceFixture.request("unsure1", "", Permission.READ)))
                .hasMessageContaining("being created");
        assertThat(entryNamed("unsure1").status()).as("OKX may have it: the vault keeps track").isEqualTo(
                KeyStatus.PENDING);
        f.server().faults().reset();
        assertThat(f.keys.reconcilePending()).singleElement().asString().contains("taken out");
    }

    @Test
    void creatingEditingAccessAndRotatingNeedTheMasterPasswordWithinAMinute() throws Exception {
        ApiKeyEntry e = f.keys.create(f.connection(), ServiceFixture.request("auth1", "", Permission.READ)).entry();
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> f.keys.create(f.connection(), ServiceFixture.request("auth2", "", Permission.READ)))
                .isInstanceOf(ReauthenticationRequired.class);
        assertThatThrownBy(() -> f.keys.edit(e.id(), new KeyEdit("auth1", Permissions.of(Permission.TRADE), e.ips(),
                ""))).isInstanceOf(ReauthenticationRequired.class);
        assertThat(f.keys.edit(e.id(), new KeyEdit("auth1", e.permissions(), e.ips(), "only words")).description())
                .as("a description is no widening").isEqualTo("only words");
        KeyRotation rotation = new KeyRotation(f.session, f.keys, f.connections, clock);
        assertThatThrownBy(() -> rotation.start(e.id(), Duration.ofHours(1))).isInstanceOf(
                ReauthenticationRequired.class);
        assertThat(f.keys.entries()).noneMatch(k -> k.name().equals("auth2"));

        f.session.confirmPassword(ServiceFixture.password());
        assertThat(f.keys.edit(e.id(), new KeyEdit("auth1", Permissions.of(Permission.TRADE), e.ips(), ""))
                .permissions().has(Permission.TRADE)).isTrue();
    }

    @Test
    void aSubAccountThatCannotBeListedIsSkippedAndMissingKeysKeepTheirSecrets() throws Exception {
        ApiKeyEntry there = f.keys.create(f.connection(), ServiceFixture.request("there1", "",
                Permission.READ)).entry();
        OkxClient real = f.clients.forConnection(f.connection());
        KeySync sync = new KeySync(f.session, clock);

        SyncReport report = sync.sync(failingFor("TradingDesk01", real), f.connection(), false);

        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.subAccount()).isEqualTo("TradingDesk01");
            assertThat(s.reason()).contains("temporarily unavailable");
        });
        assertThat(report.notSeen()).as("a skipped sub-account's keys are not missing").isEmpty();
        assertThat(report.summary()).contains("1 sub-account(s) skipped");
        assertThat(f.session.vault().entry(there.id()).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);

        SyncReport empty = sync.sync(emptyListings(real), f.connection(), false);
        assertThat(empty.notSeen()).extracting(ApiKeyEntry::name).containsExactly("there1");
        ApiKeyEntry missing = f.session.vault().entry(there.id()).orElseThrow();
        assertThat(missing.status()).isEqualTo(KeyStatus.NOT_SEEN);
        assertThat(missing.hasSecret()).isTrue();

        SyncReport back = f.keys.sync(f.connection(), false);
        assertThat(back.seenAgain()).extracting(ApiKeyEntry::name).containsExactly("there1");
        assertThat(f.session.vault().entry(there.id()).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);

        sync.sync(emptyListings(real), f.connection(), false);
        ApiKeyEntry confirmed = f.keys.confirmGone(there.id());
        assertThat(confirmed.status()).isEqualTo(KeyStatus.GONE_ON_EXCHANGE);
        assertThat(confirmed.hasSecret()).isFalse();
    }

    @Test
    void aNewAddressForAStoredMasterKeyNeedsItsSecretsTypedAgain() throws Exception {
        ApiCredentials master = new ApiCredentials("k", Secret.copyOf("S3cret-master".toCharArray()),
                Secret.copyOf("Master-pass1".toCharArray()));
        Connection c = new Connection("conn-x", "Mine", Site.GLOBAL, null, Environment.LIVE, master);
        f.connections.save(c);
        Connection moved = new Connection("conn-x", "Mine", Site.CUSTOM, "https://proxy.example", Environment.LIVE,
                master);
        assertThatThrownBy(() -> f.connections.save(moved)).hasMessageContaining("Enter the master key's secret");
        Connection retyped = new Connection("conn-x", "Mine", Site.CUSTOM, "https://proxy.example", Environment.LIVE,
                new ApiCredentials("k", Secret.copyOf("S3cret-master".toCharArray()),
                        Secret.copyOf("Master-pass1".toCharArray())));
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> f.connections.save(retyped)).isInstanceOf(ReauthenticationRequired.class);
        f.session.confirmPassword(ServiceFixture.password());
        f.connections.save(retyped);
        assertThat(f.session.vault().connection("conn-x").orElseThrow().baseUrl()).isEqualTo("https://proxy.example");
    }

    private ApiKeyEntry pending(String name) throws Exception {
        return ApiKeyEntry.builder().id(UUID.randomUUID().toString()).on(f.connection()).name(name)
                .subAccount("TradingDesk01").permissions(Permissions.readOnly()).created(clock.instant())
                .status(KeyStatus.PENDING).build();
    }

    /** The real client, but listing {@code sub}'s keys fails as a 503 does. */
    private static OkxClient failingFor(String sub, OkxClient real) {
        return new DelegatingClient(real) {
            @Override
            public List<SubAccountApiKey> apiKeys(String subAccount) throws OkxException {
                if (subAccount.equals(sub)) {
                    throw OkxException.fromCode(503, "50001", "Service temporarily unavailable");
                }
                return super.apiKeys(subAccount);
            }
        };
    }

    /** The real client, but every sub-account's listing comes back empty (an incident or a bad proxy). */
    private static OkxClient emptyListings(OkxClient real) {
        return new DelegatingClient(real) {
            @Override
            public List<SubAccountApiKey> apiKeys(String subAccount) {
                return List.of();
            }
        };
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(5);
        }
    }
}
