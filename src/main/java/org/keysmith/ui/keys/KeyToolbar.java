package org.keysmith.ui.keys;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.keysmith.domain.Connection;
import org.keysmith.ui.common.Forms;

/** The main window's toolbar (an HBox: a ToolBar would hide items in its overflow menu). */
final class KeyToolbar {
    private final HBox bar = new HBox(8);

    KeyToolbar(KeyTable table, KeysViewModel vm, KeyActions actions) {
        ComboBox<Connection> connection = new ComboBox<>(vm.connections());
        connection.setId("connection");
        connection.valueProperty().bindBidirectional(vm.connectionProperty());
        connection.setTooltip(new Tooltip("The exchange account new keys are created on"));
        Button create = new Button("Create key…");
        create.setId("createKeyButton");
        create.getStyleClass().add("accent");
        create.disableProperty().bind(vm.connectionProperty().isNull());
        create.setOnAction(e -> actions.createKey(create));
        Button lock = new Button("Lock");
        lock.setId("lockButton");
        lock.setTooltip(new Tooltip("Lock the vault (Ctrl+L): wipes every decrypted secret"));
        lock.setOnAction(e -> actions.lock());
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), vm.background().busyProperty());
        busy.setPrefSize(18, 18);
        TextField filter = KeyFilter.box(table);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getChildren().addAll(new Label("Exchange:"), connection, create, busy, spacer, filter, lock);
    }

    Node node() {
        return bar;
    }
}
