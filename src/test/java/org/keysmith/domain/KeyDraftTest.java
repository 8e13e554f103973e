package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyDraftTest {
    private static Secret pass(String p) {
        return Secret.copyOf(p.toCharArray());
    }

    private static KeyDraft valid() {
        return new KeyDraft("bot1", "grid bot on the VPS", KeyType.API_TRADING, "trading01",
                Permissions.of(Permission.TRADE), "203.0.113.7", pass("Abc123!xyz"));
    }

    @Test
    void validDraftGivesTheTypedRequest() {
        DraftCheck check = valid().check();
        assertThat(check.isValid()).isTrue();
        KeyRequest r = check.validRequest().orElseThrow();
        assertThat(r.name().value()).isEqualTo("bot1");
        assertThat(r.subAccount().value()).isEqualTo("trading01");
        assertThat(r.permissions().toWire()).isEqualTo("read_only,trade");
        assertThat(r.ips().toWire()).isEqualTo("203.0.113.7");
        assertThat(r.description()).isEqualTo("grid bot on the VPS");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        KeyDraft bad = new KeyDraft("my bot!", null, null, "x", Permissions.of(Permission.WITHDRAW),
                "1.2.3.4, nope", pass("short"));
        DraftCheck check = bad.check();
        assertThat(check.isValid()).isFalse();
        assertThat(check.errors()).containsOnlyKeys(KeyDraft.Field.NAME, KeyDraft.Field.TYPE,
                KeyDraft.Field.SUB_ACCOUNT, KeyDraft.Field.PERMISSIONS, KeyDraft.Field.IPS, KeyDraft.Field.PASSPHRASE);
        assertThat(check.validRequest()).isEmpty();
        assertThat(check.error(KeyDraft.Field.IPS)).get().asString().contains("\"nope\"");
        assertThat(check.error(KeyDraft.Field.PERMISSIONS)).get().asString().contains("59504");
    }

    @Test
    void descriptionMayBeAnythingOfAnyLength() {
        String longText = "ünïcode ✓ \n".repeat(10_000);
        KeyDraft d = new KeyDraft("bot1", longText, KeyType.API_TRADING, "trading01", Permissions.readOnly(), "",
                pass("Abc123!xyz"));
        assertThat(d.check().validRequest().orElseThrow().description()).isEqualTo(longText);
    }

    @Test
    void thirdPartyAppKeyNeedsTheAppsIps() {
        KeyDraft d = new KeyDraft("app1", "", KeyType.THIRD_PARTY_APP, "trading01", Permissions.readOnly(), "",
                pass("Abc123!xyz"));
        assertThat(d.check().error(KeyDraft.Field.IPS)).contains(KeyDraft.THIRD_PARTY_NEEDS_IPS);
    }

    @Test
    void toStringOfTheRequestHidesThePassphrase() {
        KeyRequest r = valid().check().validRequest().orElseThrow();
        assertThat(r.toString()).doesNotContain("Abc123!xyz").contains("***");
        assertThat(valid().toString()).doesNotContain("Abc123!xyz");
    }
}
