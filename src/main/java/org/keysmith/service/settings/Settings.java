package org.keysmith.service.settings;

import java.util.Optional;

/**
 * The user's preferences. Kept in a small JSON file next to the vault; holds nothing secret.
 * {@code window} is empty until the window has been placed once.
 */
public record Settings(WindowBounds window, Theme theme, boolean autoLock, int autoLockMinutes,
                       int clipboardClearSeconds) {
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 5;
    public static final int DEFAULT_CLIPBOARD_CLEAR_SECONDS = 20;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        autoLockMinutes = autoLockMinutes > 0 ? autoLockMinutes : DEFAULT_AUTO_LOCK_MINUTES;
        clipboardClearSeconds = clipboardClearSeconds > 0 ? clipboardClearSeconds : DEFAULT_CLIPBOARD_CLEAR_SECONDS;
    }

    public static Settings defaults() {
        return new Settings(null, Theme.LIGHT, true, DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_CLIPBOARD_CLEAR_SECONDS);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, theme, autoLock, autoLockMinutes, clipboardClearSeconds);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, newTheme, autoLock, autoLockMinutes, clipboardClearSeconds);
    }

    public Settings withAutoLock(boolean enabled, int minutes) {
        return new Settings(window, theme, enabled, minutes, clipboardClearSeconds);
    }

    public Settings withClipboardClearSeconds(int seconds) {
        return new Settings(window, theme, autoLock, autoLockMinutes, seconds);
    }
}
