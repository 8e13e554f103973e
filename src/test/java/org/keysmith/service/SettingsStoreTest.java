package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.vault.AtomicFiles;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        assertThat(new SettingsStore(dir.resolve("settings.json"), new AtomicFiles()).load())
                .isEqualTo(Settings.defaults());
    }

    @Test
    void roundTrip() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"), new AtomicFiles());
        Settings s = Settings.defaults().withWindow(new WindowBounds(10, 20, 900, 600, true)).withTheme(Theme.DARK)
                .withClipboardClearSeconds(45);
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
    }

    @Test
    void damagedFileIsSetAsideAndDefaultsUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");
        assertThat(new SettingsStore(file, new AtomicFiles()).load()).isEqualTo(Settings.defaults());
        assertThat(dir.resolve("settings.json.broken")).exists();
    }

    @Test
    void nonsenseValuesFallBackToDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"autoLockMinutes\": -3, \"clipboardClearSeconds\": 0, \"window\": "
                + "{\"x\": 1, \"y\": 2, \"width\": 5, \"height\": 5}}");
        Settings s = new SettingsStore(file, new AtomicFiles()).load();
        assertThat(s.autoLockMinutes()).isEqualTo(Settings.DEFAULT_AUTO_LOCK_MINUTES);
        assertThat(s.clipboardClearSeconds()).isEqualTo(Settings.DEFAULT_CLIPBOARD_CLEAR_SECONDS);
        assertThat(s.window().width()).isEqualTo(WindowBounds.MIN_WIDTH);
    }
}
