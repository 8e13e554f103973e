package org.keysmith.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The layout the main window's banners share (a failed save, vault notices, expiring keys, a changed IP): one row
 * with the message taking the free width and the buttons at their own size.
 */
public final class Banners {
    private Banners() {
    }

    /** Styles {@code bar} as a banner ({@code style}: "warning-box" or "error-box") with {@code text} first. */
    public static void layOut(HBox bar, String id, String style, Label text, String textId) {
        bar.setId(id);
        bar.getStyleClass().add(style);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        text.setId(textId);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
    }

    /** A banner's button: never squeezed below its label's width. */
    public static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
