package org.keysmith.ui.keys;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The main window's toolbar: key actions on the left, the filter box on the right. */
final class KeyToolbar {
    private final ToolBar bar = new ToolBar();

    KeyToolbar(KeyTable table) {
        TextField filter = new TextField();
        filter.setId("keyFilter");
        filter.setPromptText("Filter: name, sub-account or key id");
        filter.setPrefColumnCount(24);
        filter.textProperty().addListener((o, was, now) -> table.filter(now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getItems().addAll(spacer, filter);
    }

    Node node() {
        return bar;
    }
}
