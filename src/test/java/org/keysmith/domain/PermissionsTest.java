package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermissionsTest {
    @Test
    void readIsAlwaysIncluded() {
        assertThat(Permissions.of(Permission.TRADE).asSet()).containsExactly(Permission.READ, Permission.TRADE);
        assertThat(Permissions.of().toWire()).isEqualTo("read_only");
        assertThat(Permissions.of(Permission.TRADE).without(Permission.READ).has(Permission.READ)).isTrue();
    }

    @Test
    void wireFormIsCommaSeparatedInFixedOrder() {
        assertThat(Permissions.of(Permission.TRADE, Permission.READ).toWire()).isEqualTo("read_only,trade");
        assertThat(Permissions.of(Permission.WITHDRAW, Permission.TRADE).toWire())
                .isEqualTo("read_only,trade,withdraw");
    }

    @Test
    void parsesWireFormIncludingReadAsRead() {
        assertThat(Permissions.fromWire("read_only,trade").get()).isEqualTo(Permissions.of(Permission.TRADE));
        assertThat(Permissions.fromWire("read,trade").get()).isEqualTo(Permissions.of(Permission.TRADE));
        assertThat(Permissions.fromWire(" READ_ONLY , trade ").get().has(Permission.TRADE)).isTrue();
        assertThat(Permissions.fromWire("").get()).isEqualTo(Permissions.readOnly());
        assertThat(Permissions.fromWire(null).get()).isEqualTo(Permissions.readOnly());
    }

    @Test
    void unknownTokenIsNamed() {
        assertThat(Permissions.fromWire("read_only,fly").error()).get().asString().contains("\"fly\"");
    }

    @Test
    void withdrawIsRefusedForSubAccountsWithTheReason() {
        var check = Permissions.of(Permission.WITHDRAW).forSubAccount();
        assertThat(check.isValid()).isFalse();
        assertThat(check.error()).get().asString().contains("59504").contains("cannot withdraw");
        assertThat(Permissions.of(Permission.TRADE).forSubAccount().isValid()).isTrue();
    }

    @Test
    void displayIsForPeople() {
        assertThat(Permissions.of(Permission.TRADE).display()).isEqualTo("Read, Trade");
    }
}
