package org.keysmith.ui.keys.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The key table's columns: what each shows, how it sorts and how wide it starts. */
public final class KeyColumns {
    private KeyColumns() {
    }

    /**
     * Name, status and sub-account first: they say which key it is and whether it can be used, and they must show
     * without scrolling sideways in the window's default size (the details pane takes the rest of the width).
     */
    static List<TableColumn<KeyRow, ?>> all() {
        List<TableColumn<KeyRow, ?>> columns = new ArrayList<>();
        TableColumn<KeyRow, String> name = text("Name", KeyRow::name);
        name.setCellFactory(c -> new NameCell());
        columns.add(name);
        columns.add(text("Status", KeyRow::status));
        columns.add(text("Sub-account", KeyRow::subAccount));
        columns.add(text("Permissions", KeyRow::permissions));
        columns.add(text("IP allowlist", KeyRow::ips));
        columns.add(text("Site", KeyRow::site));
        columns.add(text("Mode", KeyRow::mode));
        columns.add(time("Created", KeyRow::created));
        columns.add(time("Last verified", KeyRow::lastVerified));
        double[] widths = {120, 160, 125, 100, 140, 80, 60, 145, 145};
        for (int i = 0; i < widths.length; i++) {
            columns.get(i).setPrefWidth(widths[i]);
        }
        return columns;
    }

    private static TableColumn<KeyRow, String> text(String title, Function<KeyRow, String> value) {
        TableColumn<KeyRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    private static TableColumn<KeyRow, Instant> time(String title, Function<KeyRow, Instant> value) {
        TableColumn<KeyRow, Instant> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                KeyRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : row.format(item));
            }
        });
        return c;
    }

    /**
     * Shows the key's description as a tooltip on its name. Each cell keeps one Tooltip and only changes its text:
     * a Tooltip is a popup window, and making one per update made every filter keystroke slow.
     */
    private static final class NameCell extends TableCell<KeyRow, String> {
        private Tooltip tip;

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            KeyRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            String description = row == null ? "" : row.entry().description();
            if (description.isBlank()) {
                if (getTooltip() != null) {
                    setTooltip(null);
                }
                return;
            }
            if (tip == null) {
                tip = new Tooltip();
            }
            tip.setText(description);
            if (getTooltip() != tip) {
                setTooltip(tip);
            }
        }
    }
}
