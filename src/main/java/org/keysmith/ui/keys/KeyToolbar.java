package org.keysmith.ui.keys;

import org.keysmith.ui.keys.table.KeyFilter;
import org.keysmith.ui.keys.table.KeyTable;

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
import javafx.scene.layout.VBox;

/** The main window's toolbar (an HBox: a ToolBar would hide items in its overflow menu). */
final class KeyToolbar {
    private final HBox bar = new HBox(8);
    private final HBox filterRow = new HBox();

    KeyToolbar(KeyTable table, KeysViewModel vm, KeyActions actions) {
        ComboBox<Connection> connection = new ComboBox<>(vm.connections());
        connection.setId("connection");
        connection.valueProperty().bindBidirectional(vm.connectionProperty());
        connection.setTooltip(new Tooltip("The exchange account new keys are created on and Sync looks at"));
        connection.setConverter(Forms.converter(c -> c == null ? "" : c.name() + (c.isSandbox() ? ""
                : " · " + c.site().label() + " · " + c.environment().label())));
        connection.setPrefWidth(250);
        connection.setMinWidth(150);
        Button create = button("Create key…", "createKeyButton", "Ctrl+N");
        create.getStyleClass().add("accent");
        create.disableProperty().bind(vm.connectionProperty().isNull());
        create.setOnAction(e -> actions.createKey(create));
        Button add = button("Add existing…", "addExistingButton",
                "Keep a key made on the OKX website: paste it, Keysmith checks it with OKX (Ctrl+Shift+N)");
        add.setOnAction(e -> actions.addExisting(add));
        Button verify = button("Verify", "verifyButton", "Ask OKX what this key may do, signed with the key itself");
        verify.disableProperty().bind(KeyActionRule.notOffered(table.selectedKey(), KeyActionRule.KeyAction.VERIFY));
        verify.setOnAction(e -> actions.verify());
        Button revoke = button("Revoke…", "revokeButton", "Delete the key on OKX (Delete)");
        revoke.disableProperty().bind(KeyActionRule.notOffered(table.selectedKey(), KeyActionRule.KeyAction.REVOKE));
        revoke.setOnAction(e -> actions.revoke(revoke));
        Button sync = button("Sync", "syncButton", "Compare the list with the exchange (F5)");
        sync.disableProperty().bind(vm.connectionProperty().isNull());
        sync.setOnAction(e -> actions.sync(sync));
        Button connections = button("Connections…", "connectionsButton", "Your OKX accounts and their master keys");
        connections.setOnAction(e -> actions.connections(connections));
        Button audit = button("Audit…", "auditButton", "The audit log and a hygiene report across your keys");
        audit.setOnAction(e -> actions.audit(audit));
        Button scan = button("Scan folders…", "scanFoldersButton",
                "Look for the vault's secrets and unknown OKX credentials in files and git history");
        scan.setOnAction(e -> actions.scanFolders(scan));
        Button panic = button("Panic revoke…", "panicRevokeButton",
                "For a suspected leak: delete every live key on the exchange now, with a plan shown first");
        panic.setOnAction(e -> actions.panicRevoke(panic));
        Button settings = button("Settings…", "settingsButton", "Auto-lock, clipboard, theme, master password");
        settings.setOnAction(e -> actions.settings(settings));
        Button lock = button("Lock", "lockButton", "Lock the vault (Ctrl+L): wipes every decrypted secret");
        lock.setOnAction(e -> actions.lock());
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), vm.background().busyProperty());
        busy.setPrefSize(18, 18);
        TextField filter = KeyFilter.box(table);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMinWidth(150);
        filterRow.getChildren().add(filter);
        filterRow.setPadding(new Insets(0, 10, 6, 10));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        Label exchange = new Label("Exchange:");
        exchange.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(exchange, connection, create, add, verify, revoke, sync, busy, spacer);
        filterRow.getChildren().addAll(panic, scan, audit, connections, settings, lock);
        filterRow.setSpacing(8);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /**
     * Two rows: the key actions, then the filter box (growing) with the window-wide tools, so everything fits
     * from about 800 px wide.
     */
    Node node() {
        VBox box = new VBox(bar, filterRow);
        box.getStyleClass().add("tool-bar");
        return box;
    }
}
