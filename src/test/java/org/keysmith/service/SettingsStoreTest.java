package org.keysmith.service;

import org.keysmith.service.settings.Settings;
import org.keysmith.service.settings.SettingsStore;
import org.keysmith.service.settings.Theme;
import org.keysmith.service.settings.WindowBounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.files.AtomicFiles;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        assertThat(new SettingsStore(dir.resolve("settings.properties"), new AtomicFiles()).load())
                .isEqualTo(Settings.defaults());
    }

    @Test
    void roundTrip() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.properties"), new AtomicFiles());
        Settings s = Settings.defaults().withWindow(new WindowBounds(10.5, -20, 900, 600, true)).withTheme(Theme.DARK)
                .withClipboardClearSeconds(45).withAutoLock(false, 12);
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
    }

    @Test
    void badValuesFallBackToTheirDefaultsOneByOne() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme=PURPLE\nautoLock=maybe\nautoLockMinutes=-3\nclipboardClearSeconds=abc\n"
                + "window.x=1\nwindow.y=2\nwindow.width=5\nwindow.height=5\n");
        Settings s = new SettingsStore(file, new AtomicFiles()).load();
        assertThat(s.theme()).isEqualTo(Theme.LIGHT);
        assertThat(s.autoLock()).isTrue();
        assertThat(s.autoLockMinutes()).isEqualTo(Settings.DEFAULT_AUTO_LOCK_MINUTES);
        assertThat(s.clipboardClearSeconds()).isEqualTo(Settings.DEFAULT_CLIPBOARD_CLEAR_SECONDS);
        assertThat(s.window().width()).isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(s.window().x()).isEqualTo(1);
    }

    @Test
    void outOfRangeSecurityValuesAreClampedToWhatTheSettingsWindowOffers() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "autoLockMinutes=1e9\nclipboardClearSeconds=1000000000\n");
        Settings s = new SettingsStore(file, new AtomicFiles()).load();
        assertThat(s.autoLockMinutes()).isEqualTo(Settings.MAX_AUTO_LOCK_MINUTES);
        assertThat(s.clipboardClearSeconds()).isEqualTo(Settings.MAX_CLIPBOARD_CLEAR_SECONDS);
        Files.writeString(file, "autoLockMinutes=0.5\nclipboardClearSeconds=1\n");
        s = new SettingsStore(file, new AtomicFiles()).load();
        assertThat(s.autoLockMinutes()).isEqualTo(Settings.DEFAULT_AUTO_LOCK_MINUTES);
        assertThat(s.clipboardClearSeconds()).isEqualTo(Settings.MIN_CLIPBOARD_CLEAR_SECONDS);
    }

    @Test
    void binaryGarbageGivesDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {(byte) 0xff, 0x00, '\\', 'u', 'z', 'z'});
        assertThat(new SettingsStore(file, new AtomicFiles()).load()).isEqualTo(Settings.defaults());
    }
}
