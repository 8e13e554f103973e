package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Rotation;
import org.keysmith.domain.Rotation.Step;
import java.time.ZoneId;

/** Rotation with overlap against the sandbox: happy path, grace expiry, and interruptions at each step. */
class KeyRotationTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private KeyRotation rotation;
    private Instant now = Instant.now();

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        rotation = new KeyRotation(f.session, f.keys, f.connections, clock);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private ApiKeyEntry key(String name, String ips) throws Exception {
        return f.keys.create(f.connection(), ServiceFixture.request(name, ips, Permission.READ, Permission.TRADE))
                .entry();
    }

    private ApiKeyEntry entry(String id) throws Exception {
        return f.session.vault().entry(id).orElseThrow();
    }

    private boolean onExchange(ApiKeyEntry e) throws Exception {
        return f.clients.forConnection(f.connection()).apiKeys(e.subAccount()).stream()
                .anyMatch(k -> k.apiKey().equals(e.apiKey()));
    }

    @Test
    void rotatesWithOverlapAndRevokesTheOldKeyWhenConfirmed() throws Exception {
        ApiKeyEntry old = key("rot1", "127.0.0.1");
        KeyRotation.Started started = rotation.start(old.id(), Duration.ofHours(24));
        assertThat(started.problem()).isEmpty();
        CreateResult.Created created = (CreateResult.Created) started.created();
        ApiKeyEntry fresh = entry(created.entry().id());
        created.destroyRevealedSecrets();
        assertThat(fresh.name()).isEqualTo("rot1r2");
        assertThat(fresh.subAccount()).isEqualTo(old.subAccount());
        assertThat(fresh.permissions()).isEqualTo(old.permissions());
        assertThat(fresh.ips()).isEqualTo(old.ips());
        assertThat(fresh.lastVerified()).isNotNull();
        assertThat(started.rotation().step()).isEqualTo(Step.VERIFIED);
        assertThat(started.rotation().graceUntil()).isEqualTo(now.plus(Duration.ofHours(24)));
        assertThat(onExchange(old)).isTrue();
        assertThat(onExchange(fresh)).isTrue();

        Rotation done = rotation.finish(started.rotation().id());
        assertThat(done.step()).isEqualTo(Step.DONE);
        assertThat(entry(old.id()).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(onExchange(old)).isFalse();
        assertThat(onExchange(fresh)).isTrue();
    }

    @Test
    void theGracePeriodEndingRevokesTheOldKeyOnResume() throws Exception {
        ApiKeyEntry old = key("rot2", "");
        rotation.start(old.id(), Duration.ofHours(1));
        f.session.lock();
        f.session.unlock("master password".toCharArray());
        assertThat(rotation.unfinished()).singleElement().satisfies(r -> assertThat(r.step()).isEqualTo(Step.VERIFIED));
        assertThat(rotation.resumeAll()).isEmpty();
        assertThat(entry(old.id()).status()).isEqualTo(KeyStatus.ACTIVE);
        now = now.plus(Duration.ofHours(2));
        assertThat(rotation.resumeAll()).singleElement().asString().contains("finished");
        assertThat(entry(old.id()).status()).isEqualTo(KeyStatus.REVOKED);
    }

    @Test
    void whileTheAppStaysOpenDueRotationsAreFinishedAndOthersLeftAlone() throws Exception {
        ApiKeyEntry due = key("rot7", "");
        ApiKeyEntry later = key("rot8", "");
        rotation.start(due.id(), Duration.ofHours(1));
        rotation.start(later.id(), Duration.ofDays(3));
        assertThat(rotation.revokeDue()).isEmpty();
        now = now.plus(Duration.ofHours(2));
        assertThat(rotation.revokeDue()).singleElement().asString().contains("rot7r2");
        assertThat(entry(due.id()).status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(entry(later.id()).status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void aNewKeyThatCannotBeVerifiedPausesTheRotationAndTheOldKeyStays() throws Exception {
        ApiKeyEntry old = key("rot3", "203.0.113.7");
        KeyRotation.Started started = rotation.start(old.id(), Duration.ofMinutes(1));
        ((CreateResult.Created) started.created()).destroyRevealedSecrets();
        assertThat(started.problem()).contains("IP");
        assertThat(started.rotation().step()).isEqualTo(Step.CREATED);
        now = now.plus(Duration.ofDays(2));
        assertThatThrownBy(() -> rotation.finish(started.rotation().id())).hasMessageContaining("not been verified");
        assertThat(rotation.resumeAll()).singleElement().asString().contains("paused");
        assertThat(entry(old.id()).status()).isEqualTo(KeyStatus.ACTIVE);
        assertThat(onExchange(old)).isTrue();
    }

    @Test
    void aLostCreateAnswerStopsTheRotationWithoutRevokingAnything() throws Exception {
        ApiKeyEntry old = key("rot4", "");
        f.server().faults().dropAfterCreate(1);
        KeyRotation.Started started = rotation.start(old.id(), Duration.ofHours(1));
        assertThat(started.created()).isInstanceOf(CreateResult.SecretLost.class);
        assertThat(started.rotation().step()).isEqualTo(Step.FAILED);
        assertThat(started.problem()).contains("revoke");
        now = now.plus(Duration.ofDays(2));
        rotation.resumeAll();
        assertThat(entry(old.id()).status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void aRotationInterruptedBeforeTheCreateResumesOnUnlockAndOutagesOnlyPauseIt() throws Exception {
        ApiKeyEntry old = key("rot5", "");
        Rotation r = Rotation.start("r-1", old.id(), "rot5r2", now, Duration.ofHours(1));
        f.session.vault().putRotation(r);
        f.session.save();
        f.server().faults().serverErrorsOnNext(50);
        assertThat(rotation.resumeAll()).singleElement().asString().contains("paused");
        assertThat(entry(old.id()).status()).isEqualTo(KeyStatus.ACTIVE);
        f.server().faults().reset();

        assertThat(rotation.resumeAll()).isEmpty();
        Rotation resumed = rotation.all().get(0);
        assertThat(resumed.step()).isEqualTo(Step.VERIFIED);
        assertThat(entry(resumed.newKeyId()).hasSecret()).isTrue();
        assertThat(f.keys.entries()).filteredOn(e -> e.name().equals("rot5r2")).hasSize(1);
    }

    @Test
    void onlyActiveSubAccountKeysWithAMasterKeyCanBeRotatedAndOnlyOnceAtATime() throws Exception {
        ApiKeyEntry old = key("rot6", "203.0.113.7");
        KeyRotation.Started s = rotation.start(old.id(), Duration.ofHours(1));
        ((CreateResult.Created) s.created()).destroyRevealedSecrets();
        assertThatThrownBy(() -> rotation.start(old.id(), Duration.ofHours(1))).hasMessageContaining("already");
        f.keys.markRevoked(old.id());
        assertThatThrownBy(() -> rotation.plannedName(old.id())).hasMessageContaining("Only an active");
    }

    @Test
    void newNamesStayWithinTenCharactersAndCountUp() {
        assertThat(RotationNames.next("gridbot", Set.of())).isEqualTo("gridbotr2");
        assertThat(RotationNames.next("gridbotr2", Set.of())).isEqualTo("gridbotr3");
        assertThat(RotationNames.next("abcdefghij", Set.of())).isEqualTo("abcdefghr2");
        assertThat(RotationNames.next("gridbot", Set.of("gridbotr2"))).isEqualTo("gridbotr3");
        assertThat(RotationNames.next("bot-1 x", Set.of())).isEqualTo("bot1xr2");
    }
}
