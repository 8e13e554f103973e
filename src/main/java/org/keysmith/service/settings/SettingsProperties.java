package org.keysmith.service.settings;

import java.util.Locale;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.DoublePredicate;

/** Maps {@link Settings} to and from flat properties; a bad value is reported and replaced by its
 * default, an out-of-range number is reported and clamped to the range the settings window offers. */
public final class SettingsProperties {
    private SettingsProperties() {
    }

    static Properties write(Settings s) {
        Properties p = new Properties();
        p.setProperty("theme", s.theme().name());
        p.setProperty("autoLock", String.valueOf(s.autoLock()));
        p.setProperty("autoLockMinutes", String.valueOf(s.autoLockMinutes()));
        p.setProperty("clipboardClearSeconds", String.valueOf(s.clipboardClearSeconds()));
        s.windowBounds().ifPresent(w -> {
            p.setProperty("window.x", String.valueOf(w.x()));
            p.setProperty("window.y", String.valueOf(w.y()));
            p.setProperty("window.width", String.valueOf(w.width()));
            p.setProperty("window.height", String.valueOf(w.height()));
            p.setProperty("window.maximized", String.valueOf(w.maximized()));
        });
        return p;
    }

    static Settings read(Properties p, BiConsumer<String, String> onBadValue) {
        Settings d = Settings.defaults();
        Reader r = new Reader(p, onBadValue);
        WindowBounds window = p.containsKey("window.width")
                ? new WindowBounds(r.number("window.x", 0), r.number("window.y", 0),
                        r.number("window.width", WindowBounds.DEFAULT_WIDTH),
                        r.number("window.height", WindowBounds.DEFAULT_HEIGHT), r.bool("window.maximized", false))
                : null;
        return new Settings(window, r.theme(d.theme()), r.bool("autoLock", d.autoLock()),
                r.bounded("autoLockMinutes", d.autoLockMinutes(), Settings::autoLockMinutesInRange),
                r.bounded("clipboardClearSeconds", d.clipboardClearSeconds(), Settings::clipboardClearSecondsInRange));
    }

    private static final class Reader {
        private final Properties p;
        private final BiConsumer<String, String> onBadValue;

        Reader(Properties p, BiConsumer<String, String> onBadValue) {
            this.p = p;
            this.onBadValue = onBadValue;
        }

        double number(String key, double fallback) {
            String v = p.getProperty(key);
            try {
                return v == null ? fallback : Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                onBadValue.accept(key, v);
                return fallback;
            }
        }

        /** A whole number the settings window accepts; anything else is reported and clamped by {@link Settings}. */
        int bounded(String key, int fallback, DoublePredicate inRange) {
            double v = number(key, fallback);
            if (!inRange.test(v)) {
                onBadValue.accept(key, p.getProperty(key));
                return Double.isNaN(v) ? fallback : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
            }
            return (int) v;
        }

        boolean bool(String key, boolean fallback) {
            String v = p.getProperty(key);
            if (v == null) {
                return fallback;
            }
            String t = v.trim().toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false")) {
                onBadValue.accept(key, v);
                return fallback;
            }
            return Boolean.parseBoolean(t);
        }

        Theme theme(Theme fallback) {
            String v = p.getProperty("theme");
            try {
                return v == null ? fallback : Theme.valueOf(v.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                onBadValue.accept("theme", v);
                return fallback;
            }
        }
    }
}
