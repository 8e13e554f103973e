package org.keysmith.ui.common;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.keysmith.service.settings.WindowBounds;

/** Puts a stage where it was last time (if that is still on a screen) and reads back where it is now. */
public final class StageGeometry {
    private StageGeometry() {
    }

    public static void apply(Stage stage, Optional<WindowBounds> saved) {
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        WindowBounds b = saved.orElse(null);
        if (b == null) {
            stage.setWidth(WindowBounds.DEFAULT_WIDTH);
            stage.setHeight(WindowBounds.DEFAULT_HEIGHT);
            stage.centerOnScreen();
            return;
        }
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        if (isOnScreen(b)) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    public static WindowBounds capture(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** At least a title-bar-sized corner of the window must be visible on some screen. */
    private static boolean isOnScreen(WindowBounds b) {
        Rectangle2D titleBar = new Rectangle2D(b.x(), b.y(), Math.min(b.width(), 200), 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
