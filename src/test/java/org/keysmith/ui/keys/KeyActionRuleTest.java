package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.COPY_API_KEY;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.COPY_SECRET;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.EDIT;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.EXPORT;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.FINISH_ROTATION;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.REVOKE;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.ROTATE;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.VERIFY;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.ui.keys.table.KeyRow;

class KeyActionRuleTest {

    private static ApiKeyEntry key(KeyStatus status, boolean withSecret) {
        ApiKeyEntry.Builder b = ApiKeyEntry.builder().id("k1").connectionId("sandbox").name("bot1")
                .subAccount("TradingDesk01").permissions(Permissions.readOnly()).apiKey("api-1")
                .created(Instant.parse("2026-01-01T00:00:00Z")).status(status);
        if (withSecret) {
            b.secrets(Secret.copyOf("s".toCharArray()), Secret.copyOf("Passphrase1!".toCharArray()));
        }
        return b.build();
    }

    @Test
    void anActiveKeyOffersEverythingButFinishingARotation() {
        assertThat(KeyActionRule.offered(key(KeyStatus.ACTIVE, true))).isEqualTo(EnumSet.complementOf(
                EnumSet.of(FINISH_ROTATION)));
    }

    @Test
    void aKeyInAnUnfinishedRotationIsFinishedNotRotatedAgain() {
        assertThat(KeyActionRule.offered(key(KeyStatus.ACTIVE, true), true))
                .contains(FINISH_ROTATION, REVOKE, VERIFY).doesNotContain(ROTATE);
        // the old key revoked by hand: nothing is left to finish from it
        assertThat(KeyActionRule.offered(key(KeyStatus.REVOKED, true), true)).containsExactly(COPY_API_KEY);
        assertThat(KeyActionRule.offered(key(KeyStatus.SECRET_LOST, false), true))
                .containsExactly(COPY_API_KEY, REVOKE);
    }

    @Test
    void aMainAccountKeyCannotBeRotatedButCanBeEdited() {
        ApiKeyEntry main = ApiKeyEntry.builder().id("k2").connectionId("sandbox").name("main")
                .permissions(Permissions.readOnly()).apiKey("api-2").created(Instant.parse("2026-01-01T00:00:00Z"))
                .status(KeyStatus.ACTIVE)
                .secrets(Secret.copyOf("s".toCharArray()), Secret.copyOf("Passphrase1!".toCharArray())).build();
        assertThat(KeyActionRule.offered(main)).contains(EDIT, REVOKE, VERIFY).doesNotContain(ROTATE);
    }

    @Test
    void aRevokedKeyOffersNeitherRevokeNorVerify() {
        assertThat(KeyActionRule.offered(key(KeyStatus.REVOKED, true))).containsExactly(COPY_API_KEY);
        assertThat(KeyActionRule.offered(key(KeyStatus.GONE_ON_EXCHANGE, true))).containsExactly(COPY_API_KEY);
    }

    @Test
    void aKeyWhoseSecretWasLostCanOnlyBeRevoked() {
        assertThat(KeyActionRule.offered(key(KeyStatus.SECRET_LOST, false))).containsExactly(COPY_API_KEY, REVOKE);
    }

    @Test
    void anUnverifiedKeyOffersVerifyButNoEditOrRotation() {
        assertThat(KeyActionRule.offered(key(KeyStatus.UNVERIFIED, true)))
                .containsExactly(COPY_API_KEY, COPY_SECRET, VERIFY, REVOKE);
    }

    @Test
    void aKeyNotSeenBySyncKeepsItsSecretAndCanBeVerifiedOrRevoked() {
        assertThat(KeyActionRule.offered(key(KeyStatus.NOT_SEEN, true)))
                .containsExactly(COPY_API_KEY, COPY_SECRET, VERIFY, REVOKE);
    }

    @Test
    void aKeyBeingCreatedOffersNothingAndSaysWhy() {
        assertThat(KeyActionRule.offered(key(KeyStatus.PENDING, false))).isEmpty();
        assertThat(KeyActionRule.summary(key(KeyStatus.PENDING, false))).contains("next unlock");
    }

    @ParameterizedTest
    @EnumSource(KeyStatus.class)
    void withoutASecretNoStatusOffersWhatNeedsIt(KeyStatus status) {
        assertThat(KeyActionRule.offered(key(status, false))).doesNotContain(COPY_SECRET, EXPORT, VERIFY, ROTATE);
        assertThat(KeyActionRule.offered(key(status, false), true)).doesNotContain(COPY_SECRET, EXPORT, VERIFY,
                ROTATE, FINISH_ROTATION);
    }

    @ParameterizedTest
    @EnumSource(KeyStatus.class)
    void revokeIsOfferedExactlyForKeysThatMayBeLiveAndAreNotBeingCreated(KeyStatus status) {
        boolean expected = status.mayBeLive() && status != KeyStatus.PENDING;
        assertThat(KeyActionRule.offers(key(status, true), REVOKE)).isEqualTo(expected);
        assertThat(KeyActionRule.offers(key(status, true), EDIT)).isEqualTo(status == KeyStatus.ACTIVE);
    }

    @Test
    void noKeyOffersNothing() {
        assertThat(KeyActionRule.offered((ApiKeyEntry) null)).isEmpty();
        assertThat(KeyActionRule.offered((KeyRow) null)).isEmpty();
        assertThat(KeyActionRule.summary(key(KeyStatus.ACTIVE, true))).startsWith("Copy API key, Copy secret key");
    }
}
