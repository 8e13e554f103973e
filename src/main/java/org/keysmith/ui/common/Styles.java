package org.keysmith.ui.common;

import javafx.scene.Scene;

/** Adds Keysmith's stylesheet to a scene (every window and dialog calls this). */
public final class Styles {
    private static final String APP_CSS = Styles.class.getResource("/org/keysmith/ui/keysmith.css").toExternalForm();

    private Styles() {
    }

    public static Scene apply(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        return scene;
    }
}
