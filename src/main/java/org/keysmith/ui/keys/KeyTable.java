package org.keysmith.ui.keys;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.keysmith.domain.ApiKeyEntry;

/** The table of keys, one row per key of every connection. */
final class KeyTable {
    private final TableView<ApiKeyEntry> table = new TableView<>();

    KeyTable() {
        table.setId("keyTable");
        table.setPlaceholder(new Label("No keys yet. Keys you create or add are listed here."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String title : new String[] {"Name", "Sub-account", "Permissions", "IP allowlist", "Site", "Mode",
                "Created", "Last verified", "Status"}) {
            table.getColumns().add(new TableColumn<ApiKeyEntry, String>(title));
        }
    }

    Node node() {
        return table;
    }
}
