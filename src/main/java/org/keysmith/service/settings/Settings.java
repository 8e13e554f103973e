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
    /** The bounds the settings window offers; a value outside them (an edited file) is clamped to them. */
    public static final int MIN_AUTO_LOCK_MINUTES = 1;
    public static final int MAX_AUTO_LOCK_MINUTES = 240;
    public static final int MIN_CLIPBOARD_CLEAR_SECONDS = 5;
    public static final int MAX_CLIPBOARD_CLEAR_SECONDS = 300;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        autoLockMinutes = autoLockMinutes > 0
                ? clamp(autoLockMinutes, MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES) : DEFAULT_AUTO_LOCK_MINUTES;
        clipboardClearSeconds = clipboardClearSeconds > 0
                ? clamp(clipboardClearSeconds, MIN_CLIPBOARD_CLEAR_SECONDS, MAX_CLIPBOARD_CLEAR_SECONDS)
                : DEFAULT_CLIPBOARD_CLEAR_SECONDS;
    }

    /** Whether {@code minutes} is a value the settings window would accept. */
    public static boolean autoLockMinutesInRange(double minutes) {
        return minutes >= MIN_AUTO_LOCK_MINUTES && minutes <= MAX_AUTO_LOCK_MINUTES;
    }

    /** Whether {@code seconds} is a value the settings window would accept. */
    public static boolean clipboardClearSecondsInRange(double seconds) {
        return seconds >= MIN_CLIPBOARD_CLEAR_SECONDS && seconds <= MAX_CLIPBOARD_CLEAR_SECONDS;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
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
