package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Permission;

/** Slots against the real service layer: set, move, remove, audited, and never the name of a key. */
class SlotsTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private Slots slots;
    private KeyNames names;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        names = new KeyNames(f.session);
        slots = new Slots(f.session, names, Clock.systemUTC());
        f.session.confirmPassword(ServiceFixture.password());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private ApiKeyEntry key(String name) throws Exception {
        CreateResult r = f.keys.create(f.connection(), ServiceFixture.request(name, "127.0.0.1", Permission.READ));
        ((CreateResult.Created) r).destroyRevealedSecrets();
        return r.entry();
    }

    @Test
    void aSlotIsSetMovedAndRemovedEachWithItsAuditEvent() throws Exception {
        ApiKeyEntry a = key("slotA");
        ApiKeyEntry b = key("slotB");
        slots.set("grid.bot_1", a.id());
        assertThat(names.forBot("grid.bot_1").entry().id()).isEqualTo(a.id());
        slots.set("grid.bot_1", b.id());
        assertThat(slots.of(a.id())).isEmpty();
        assertThat(names.forBot("grid.bot_1").entry().id()).isEqualTo(b.id());
        assertThat(f.keys.history(b.id())).anyMatch(e -> e.action() == AuditAction.SLOT_SET
                && e.detail().contains("was slotA"));
        slots.remove("grid.bot_1");
        assertThat(slots.all()).isEmpty();
        assertThat(f.keys.history(b.id())).anyMatch(e -> e.action() == AuditAction.SLOT_REMOVED);
        assertThatThrownBy(() -> slots.remove("grid.bot_1")).isInstanceOf(KeyNames.NotFound.class);
        assertThatThrownBy(() -> names.forBot("grid.bot_1")).isInstanceOf(KeyNames.NotFound.class)
                .hasMessageContaining("no key named \"grid.bot_1\"");
    }

    @Test
    void refusesABadNameAKeysNameAndAKeyThatCannotServe() throws Exception {
        ApiKeyEntry a = key("slotC");
        assertThatThrownBy(() -> slots.set("-lead", a.id())).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> slots.set("slotC", a.id())).isInstanceOf(KeyNames.Ambiguous.class);
        f.keys.revoke(a.id());
        assertThatThrownBy(() -> slots.set("gridbot", a.id())).hasMessageContaining("cannot serve a bot");
        assertThat(slots.all()).isEmpty();
    }

    @Test
    void aKeyCannotBeRenamedToASlotsName() throws Exception {
        ApiKeyEntry a = key("slotD");
        slots.set("gridbot", a.id());
        assertThatThrownBy(() -> f.keys.edit(a.id(), new KeyEdit("gridbot", a.permissions(), a.ips(), "")))
                .hasMessageContaining("A slot is named \"gridbot\"");
    }
}
