package org.keysmith.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

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
        growWithContent(d);
        return d;
    }

    /**
     * When a message appears inside the dialog, the window grows to fit it; otherwise the buttons would be pushed
     * out of sight.
     */
    private static void growWithContent(Dialog<?> d) {
        javafx.scene.control.DialogPane pane = d.getDialogPane();
        pane.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && d.isShowing() && pane.getScene() != null
                    && pane.prefHeight(pane.getWidth()) > pane.getScene().getHeight() + 1) {
                javafx.application.Platform.runLater(() -> pane.getScene().getWindow().sizeToScene());
            }
        });
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
