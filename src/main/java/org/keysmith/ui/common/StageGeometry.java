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

    /**
     * Gives the key list the room the user gave it last time ({@code saved}), or the default size: the unlock screen
     * needs less, and a window manager may have shrunk the window to its minimum when it first showed. Only grows the
     * window, never past its screen, and puts it where it was (if still on a screen) or keeps it on its screen.
     */
    public static void growTo(Stage stage, Optional<WindowBounds> saved) {
        WindowBounds b = saved.orElse(null);
        if (b != null && b.maximized()) {
            stage.setMaximized(true);
            return;
        }
        double width = b == null ? WindowBounds.DEFAULT_WIDTH : b.width();
        double height = b == null ? WindowBounds.DEFAULT_HEIGHT : b.height();
        if (stage.isMaximized() || stage.getWidth() >= width - 1 && stage.getHeight() >= height - 1) {
            return;
        }
        Rectangle2D screen = screenOf(stage);
        stage.setWidth(Math.min(Math.max(width, stage.getWidth()), screen.getWidth()));
        stage.setHeight(Math.min(Math.max(height, stage.getHeight()), screen.getHeight()));
        if (b != null && isOnScreen(b)) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 3);
        }
        stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight())));
    }

    private static Rectangle2D screenOf(Stage stage) {
        return Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
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
