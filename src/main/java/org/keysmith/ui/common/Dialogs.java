package org.keysmith.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;

/** Dialogs that look like the rest of Keysmith: owner, stylesheet, icon. */
public final class Dialogs {
    private Dialogs() {
    }

    public static <R> Dialog<R> dialog(Window owner, String title, Node content, ButtonType... buttons) {
        Dialog<R> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(buttons);
        d.setOnShowing(e -> {
            Styles.apply(d.getDialogPane().getScene());
            Icons.apply(d.getDialogPane().getScene().getWindow());
        });
        return d;
    }

    /**
     * When a message appears inside the dialog, the window grows to fit it; otherwise the buttons would be pushed
     * out of sight.
     */
    public static void growWithContent(Dialog<?> d) {
        DialogPane pane = d.getDialogPane();
        pane.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && d.isShowing() && pane.getScene() != null && pane.getScene().getWindow() != null
                    && pane.prefHeight(pane.getWidth()) > pane.getScene().getHeight() + 1
                    && pane.getScene().getWindow().getHeight() < screenOf(pane.getScene().getWindow()).getHeight()) {
                Platform.runLater(() -> {
                    if (d.isShowing() && pane.getScene() != null && pane.getScene().getWindow() != null) {
                        fitOnScreen(pane.getScene().getWindow());
                    }
                });
            }
        });
    }

    /** Grows {@code w} to its content, but keeps it on its screen (moved up, or no taller than the screen). */
    private static void fitOnScreen(Window w) {
        w.sizeToScene();
        Rectangle2D screen = screenOf(w);
        if (w.getHeight() > screen.getHeight()) {
            w.setHeight(screen.getHeight());
        }
        if (w.getY() + w.getHeight() > screen.getMaxY()) {
            w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
        }
    }

    private static Rectangle2D screenOf(Window w) {
        return Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
    }

    /** An error message for the user, with nothing to decide. */
    public static void error(Window owner, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setHeaderText(header);
        Styles.apply(a.getDialogPane().getScene());
        a.show();
    }
}
