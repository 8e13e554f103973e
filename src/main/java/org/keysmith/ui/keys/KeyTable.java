package org.keysmith.ui.keys;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The table of keys of every connection: sortable columns, a filter, descriptions as tooltips. */
final class KeyTable {
    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();
    private final FilteredList<KeyRow> filtered = new FilteredList<>(rows);
    private final TableView<KeyRow> table = new TableView<>();

    KeyTable() {
        SortedList<KeyRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("keyTable");
        // rows are one line high: a fixed height spares the table from measuring cells on every filter keystroke
        table.setFixedCellSize(30);
        table.setPlaceholder(new Label("No keys yet. Keys you create or add are listed here."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<KeyRow, String> name = text("Name", KeyRow::name);
        name.setCellFactory(c -> new NameCell());
        table.getColumns().add(name);
        table.getColumns().add(text("Sub-account", KeyRow::subAccount));
        table.getColumns().add(text("Permissions", KeyRow::permissions));
        table.getColumns().add(text("IP allowlist", KeyRow::ips));
        table.getColumns().add(text("Site", KeyRow::site));
        table.getColumns().add(text("Mode", KeyRow::mode));
        table.getColumns().add(time("Created", KeyRow::created));
        table.getColumns().add(time("Last verified", KeyRow::lastVerified));
        table.getColumns().add(text("Status", KeyRow::status));
        double[] widths = {110, 125, 100, 140, 80, 60, 145, 145, 150};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    TableView<KeyRow> view() {
        return table;
    }

    ObservableList<KeyRow> rows() {
        return rows;
    }

    /** Shows {@code fresh}, keeping the same key selected if it is still there. */
    void replaceRows(java.util.List<KeyRow> fresh) {
        KeyRow selected = table.getSelectionModel().getSelectedItem();
        rows.setAll(fresh);
        if (selected != null) {
            fresh.stream().filter(r -> r.entry().id().equals(selected.entry().id())).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    void filter(String query) {
        filtered.setPredicate(KeyFilter.of(query));
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
