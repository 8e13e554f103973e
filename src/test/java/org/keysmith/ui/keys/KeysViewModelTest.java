package org.keysmith.ui.keys;

import org.keysmith.ui.keys.table.KeyRow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Permission;
import org.keysmith.service.KeyRotation;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.common.Background;

/** The main window's view model on the real services, run on the test thread (no toolkit). */
class KeysViewModelTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private KeysViewModel vm;
    private final List<List<KeyRow>> shown = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        vm = new KeysViewModel(f.keys, new KeyRotation(f.session, f.keys, f.connections, Clock.systemUTC()),
                f.connections, Background.direct(), Clock.systemUTC(), shown::add);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void refreshShowsTheRowsAndPicksTheSandboxConnection() throws Exception {
        f.keys.create(f.connection(), ServiceFixture.request("vm1", "127.0.0.1", Permission.TRADE));
        vm.refresh();
        assertThat(shown).last().satisfies(rows -> assertThat(rows).extracting(KeyRow::name).containsExactly("vm1"));
        assertThat(vm.statusProperty().get()).isEqualTo("1 key(s)");
        assertThat(vm.connectionProperty().get().id()).isEqualTo(Connection.SANDBOX_ID);
        assertThat(vm.connections()).isNotEmpty();
    }

    @Test
    void anActionSaysWhatItDidAndReloadsAndAFailureStaysInTheStatusLine() throws Exception {
        vm.run("Creating…", () -> f.keys.create(f.connection(), ServiceFixture.request("vm2", "", Permission.READ)),
                r -> "Created " + r.entry().name() + ".");
        assertThat(vm.statusProperty().get()).isEqualTo("Created vm2.");
        assertThat(shown).last().satisfies(rows -> assertThat(rows).extracting(KeyRow::name).contains("vm2"));
        assertThat(vm.background().isBusy()).isFalse();

        int reloads = shown.size();
        vm.run("Revoking…", () -> f.keys.revoke("no-such-id"), r -> "unexpected");
        assertThat(vm.statusProperty().get()).isEqualTo("This key is no longer in the vault.");
        assertThat(shown).as("nothing reloaded after a failure").hasSize(reloads);
    }
}
