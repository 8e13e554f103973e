package org.keysmith.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import org.keysmith.service.settings.Theme;

/**
 * Applies the AtlantaFX theme the user chose. "Follow the system" reads GTK_THEME on Linux (JavaFX 21 has no API
 * for the system's dark mode); elsewhere it means light.
 */
public final class Themes {
    private Themes() {
    }

    public static void apply(Theme theme, Map<String, String> env) {
        boolean dark = theme == Theme.DARK || theme == Theme.SYSTEM && systemIsDark(env);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    static boolean systemIsDark(Map<String, String> env) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.contains(":dark") || gtk.endsWith("-dark") || gtk.contains("dark");
    }
}
