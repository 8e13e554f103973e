package org.keysmith.service.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExistingKey;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyName;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.RevokePlan;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccountName;
import org.keysmith.okx.OkxClient;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ExistingKeys;
import org.keysmith.service.KeyCreator;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.KeyService;
import org.keysmith.service.KeySync;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.VaultSession;
import org.keysmith.sandbox.SandboxServer;
import org.keysmith.sandbox.SandboxTestKeys;
import org.keysmith.vault.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Panic revoke against the in-process Sandbox: 60 keys on 3 sub-accounts, a delete that fails, a crash part-way
 * (the run dies after 25 keys and a new session on the same vault file resumes), and the end state checked on the
 * exchange and in the audit: every key revoked exactly once, the report right.
 */
class PanicRevokeTest {
    private static final List<String> SUBS = List.of("TradingDesk01", "GridDesk02", "HedgeDesk03");

    @TempDir
    Path dir;

    private static KeyRequest request(String name, String sub) {
        return new KeyRequest(new KeyName(name), "panic test", KeyType.API_TRADING, new SubAccountName(sub),
                Permissions.of(Permission.READ, Permission.TRADE), IpAllowlist.parse("127.0.0.1").get(),
                Secret.copyOf("Abc123!xyz".toCharArray()));
    }

    private static List<String> makeKeys(ServiceFixture f, Connection c, int perSub) throws Exception {
        for (String sub : SUBS.subList(1, SUBS.size())) {
            f.keys.createSubAccount(c, new SubAccountName(sub), "panic test desk");
        }
        List<String> ids = new ArrayList<>();
        for (String sub : SUBS) {
            for (int i = 0; i < perSub; i++) {
                f.session.confirmPassword(ServiceFixture.password());
                CreateResult r = f.keys.create(c, request("p" + sub.charAt(0) + i, sub));
                ids.add(((CreateResult.Created) r).entry().id());
            }
        }
        return ids;
    }

    private static long revokedEvents(KeyService keys, String id) throws Exception {
        return keys.history(id).stream().filter(e -> e.action() == AuditAction.KEY_REVOKED).count();
    }

    @Test
    void sixtyKeysWithAFailureAndACrashEndRevokedExactlyOnce() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir)) {
            Connection c = f.connection();
            List<String> ids = makeKeys(f, c, 20);
            SandboxServer server = f.server();
            PanicRevoke panic = new PanicRevoke(f.session, f.keys, f.connections,
                    new TransferFreeze(f.session, f.connections, f.clients), Clock.systemUTC());

            RevokePreview preview = panic.preview(new RevokeScope(false, Set.of(), Set.copyOf(SUBS), Set.of()));
            assertThat(preview.toRevoke()).extracting(ApiKeyEntry::id).containsAll(ids);

            // key 11 fails once (a 500 on its delete: a write, never retried); after 25 keys the process "dies"
            RuntimeException crash = new RuntimeException("simulated crash");
            assertThatThrownBy(() -> panic.start(new RevokeScope(false, Set.of(), Set.copyOf(SUBS), Set.of()),
                    (done, total, name, outcome) -> {
                        if (done == 10) {
                            server.faults().serverErrorsOnNext(1);
                        }
                        if (done == 25) {
                            throw crash;
                        }
                    })).isSameAs(crash);

            // a new session on the same file, as after a restart
            f.session.lock();
            VaultSession again = new VaultSession(TestVaults.fastStore(), f.vaultFile, Clock.systemUTC(),
                    Runnable::run);
            again.unlock(ServiceFixture.password());
            ConnectionService connections = new ConnectionService(again, f.sandbox, f.clients);
            KeyService keys = new KeyService(again, connections, f.clients, Clock.systemUTC(),
                    new KeyCreator(again, Clock.systemUTC()), new KeySync(again, Clock.systemUTC()),
                    new ExistingKeys(again, connections, f.clients, Clock.systemUTC()));
            PanicRevoke resumed = new PanicRevoke(again, keys, connections,
                    new TransferFreeze(again, connections, f.clients), Clock.systemUTC());
            RevokePlan plan = resumed.interrupted().orElseThrow();
            assertThat(plan.outcomes()).hasSize(25);
            assertThat(plan.outcomes().values()).filteredOn(o -> o.kind() == RevokePlan.Kind.FAILED).hasSize(1);

            // the resume retries the failure and does the rest; one more delete fails for good this time
            List<String> seen = new ArrayList<>();
            RevokeReport report = resumed.resume(plan.id(), (done, total, name, outcome) -> {
                seen.add(name);
                if (seen.size() == 5) {
                    server.faults().serverErrorsOnNext(1);
                }
            });
            assertThat(seen).hasSize(36);
            assertThat(report.interrupted()).isEmpty();
            assertThat(report.failed()).hasSize(1);
            assertThat(report.failed().get(0).detail()).isNotBlank();
            assertThat(report.revoked()).hasSize(59);
            assertThat(report.alreadyGone()).as("a key sent twice would come back 'already gone'").isEmpty();
            assertThat(resumed.interrupted()).isEmpty();

            String failedId = report.failed().get(0).keyId();
            for (String id : ids) {
                assertThat(revokedEvents(keys, id)).as("audit events for " + id).isEqualTo(id.equals(failedId) ? 0 : 1);
            }
            assertThat(keys.entry(failedId).status()).isEqualTo(KeyStatus.ACTIVE);

            // a second panic revoke picks up only the key still live
            RevokeReport last = resumed.start(new RevokeScope(false, Set.of(), Set.copyOf(SUBS), Set.of()),
                    RevokeProgress.NONE);
            assertThat(last.revoked()).extracting(RevokeReport.Line::keyId).contains(failedId);
            assertThat(last.failed()).isEmpty();
            for (String sub : SUBS) {
                assertThat(f.clients.forConnection(c).apiKeys(sub)).as("our keys left on " + sub)
                        .noneMatch(k -> k.label().matches("p[TGH][0-9]+"));
            }
            assertThat(keys.entries().stream().filter(e -> ids.contains(e.id())))
                    .allMatch(e -> e.status() == KeyStatus.REVOKED && !e.hasSecret());
            for (String sub : SUBS) {
                assertThat(canTransOut(f.clients.forConnection(c), sub)).as("not frozen unless chosen").isTrue();
            }
            again.lock();
        }
    }

    private static boolean canTransOut(OkxClient okx, String sub) throws Exception {
        return okx.subAccounts().stream().filter(s -> s.subAcct().equals(sub)).findFirst().orElseThrow()
                .canTransOut();
    }

    @Test
    void freezesEachAffectedSubAccountFirstAndOnlyOnceAcrossAResume() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir)) {
            Connection c = f.connection();
            makeKeys(f, c, 2);
            OkxClient okx = f.clients.forConnection(c);
            PanicRevoke panic = new PanicRevoke(f.session, f.keys, f.connections,
                    new TransferFreeze(f.session, f.connections, f.clients), Clock.systemUTC());
            RevokeScope scope = new RevokeScope(false, Set.of(), Set.of("TradingDesk01", "GridDesk02"), Set.of());
            assertThat(panic.preview(scope).freezable()).extracting(t -> t.freeze().subAccount())
                    .containsExactlyInAnyOrder("TradingDesk01", "GridDesk02");

            RuntimeException crash = new RuntimeException("simulated crash after the first freeze");
            assertThatThrownBy(() -> panic.start(scope, true, new RevokeProgress() {
                @Override
                public void step(int done, int total, String name, RevokePlan.Outcome outcome) {
                }

                @Override
                public void frozen(String where, RevokePlan.Outcome outcome) {
                    throw crash;
                }
            })).isSameAs(crash);
            RevokePlan plan = panic.interrupted().orElseThrow();
            assertThat(plan.outcomes()).as("the freezes come before any delete").isEmpty();
            RevokePlan.Freeze done = plan.freezes().stream().filter(RevokePlan.Freeze::isSettled).findFirst()
                    .orElseThrow();
            String first = done.subAccount();
            String second = first.equals("TradingDesk01") ? "GridDesk02" : "TradingDesk01";
            assertThat(plan.freezesRemaining()).isEqualTo(1);
            assertThat(canTransOut(okx, first)).isFalse();
            assertThat(canTransOut(okx, second)).isTrue();

            // transfers of the first are allowed again behind Keysmith's back: a resume that sent its freeze
            // again would turn them off; and the second freeze is refused this time
            okx.setTransferOut(first, true);
            f.server().faults().serverErrorsOnNext(1);
            RevokeReport report = panic.resume(plan.id(), RevokeProgress.NONE);
            assertThat(canTransOut(okx, first)).as("not sent twice").isTrue();
            assertThat(canTransOut(okx, second)).isTrue();
            assertThat(canTransOut(okx, "HedgeDesk03")).as("not in scope").isTrue();
            assertThat(report.frozen()).extracting(RevokeReport.Line::name).containsExactly(first);
            assertThat(report.freezeFailed()).singleElement().satisfies(l -> {
                assertThat(l.name()).isEqualTo(second);
                assertThat(l.where()).contains("sub-account " + second);
                assertThat(l.detail()).isNotBlank();
            });
            assertThat(report.revoked()).as("the keys are deleted all the same").hasSize(4);
            assertThat(report.complete()).isFalse();
            assertThat(f.session.vault().audit()).filteredOn(e -> e.action() == AuditAction.TRANSFERS_FROZEN)
                    .singleElement().satisfies(e -> assertThat(e.detail()).contains(first));
        }
    }

    @Test
    void aMainAccountKeyIsLeftForTheWebsiteWithItsSteps() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir)) {
            ApiCredentials web = SandboxTestKeys.mainKey(f.server(), Permissions.readOnly(), "");
            ExistingKey key = new ExistingKey("website", "from the website", Environment.LIVE, web.apiKey(),
                    web.secretKey().copy(), Secret.copyOf(SandboxTestKeys.PASSPHRASE.toCharArray()));
            ApiKeyEntry main = f.keys.addExisting(KeyPlace.SANDBOX, key, f.keys.checkExisting(KeyPlace.SANDBOX, key),
                    null);
            PanicRevoke panic = new PanicRevoke(f.session, f.keys, f.connections,
                    new TransferFreeze(f.session, f.connections, f.clients), Clock.systemUTC());

            assertThat(panic.preview(RevokeScope.everything()).websiteOnly()).extracting(ApiKeyEntry::id)
                    .containsExactly(main.id());
            RevokeReport report = panic.start(RevokeScope.everything(), RevokeProgress.NONE);
            assertThat(report.websiteOnly()).singleElement().satisfies(l -> {
                assertThat(l.name()).isEqualTo("website");
                assertThat(l.detail()).contains("Profile > API").contains(web.apiKey()).contains("127.0.0.1");
            });
            assertThat(f.keys.entry(main.id()).status()).as("left alone").isEqualTo(KeyStatus.ACTIVE);
            assertThat(report.complete()).isTrue();
        }
    }

    @Test
    void anEmptyScopeIsRefused() throws Exception {
        try (ServiceFixture f = new ServiceFixture(dir)) {
            PanicRevoke panic = new PanicRevoke(f.session, f.keys, f.connections,
                    new TransferFreeze(f.session, f.connections, f.clients), Clock.systemUTC());
            assertThatThrownBy(() -> panic.start(new RevokeScope(false, Set.of(), Set.of(), Set.of()),
                    RevokeProgress.NONE)).hasMessageContaining("Say which keys");
        }
    }
}
