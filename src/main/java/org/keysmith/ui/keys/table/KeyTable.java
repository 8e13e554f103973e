package org.keysmith.ui.keys.table;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TableView;

/** The table of keys of every connection: sortable columns, a filter, descriptions as tooltips. */
public final class KeyTable {
    private final ShownRows shown = new ShownRows();
    private final ReadOnlyObjectWrapper<KeyRow> selectedKey = new ReadOnlyObjectWrapper<>();
    private boolean reselecting;
    private final TableView<KeyRow> table = new TableView<>(shown) {
        @Override
        protected Skin<?> createDefaultSkin() {
            return new KeyTableSkin(this);
        }
    };

    public KeyTable() {
        table.setSortPolicy(t -> {
            keepingSelection(() -> shown.setComparator(t.getComparator()));
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!reselecting) {
                selectedKey.set(now);
            }
        });
        table.setId("keyTable");
        // rows are one line high: a fixed height spares the table from measuring cells on every filter keystroke
        table.setFixedCellSize(30);
        table.setPlaceholder(new Label("No keys yet. Keys you create or add are listed here."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(KeyColumns.all());
    }

    public TableView<KeyRow> view() {
        return table;
    }

    /**
     * The selected key's row. Unlike the selection model's selected item, it does not change while the table is
     * re-filtered, re-sorted or refreshed, unless the selected key leaves the table (or, on a refresh, gets a new row).
     */
    public ReadOnlyObjectProperty<KeyRow> selectedKey() {
        return selectedKey.getReadOnlyProperty();
    }

    /** Shows {@code fresh}, keeping the same key selected if it is still there. */
    public void replaceRows(List<KeyRow> fresh) {
        keepingSelection(() -> shown.setSource(fresh));
    }

    void filter(String query) {
        keepingSelection(() -> shown.setPredicate(KeyFilter.of(query)));
    }

    /**
     * Runs {@code change} and then selects the key that was selected before, if it is still shown. TableView's
     * selection model shifts the selection wrongly when one change removes or adds several separate runs of rows (it
     * adds up the shifts of all runs and applies them from the last one), which would select a different key; so the
     * selection is put back by key id rather than left to it.
     */
    private void keepingSelection(Runnable change) {
        KeyRow before = selectedKey.get();
        reselecting = true;
        try {
            table.getSelectionModel().clearSelection();
            change.run();
            int at = before == null ? -1 : indexOfKey(before.entry().id());
            if (at >= 0) {
                table.getSelectionModel().select(at);
            }
        } finally {
            reselecting = false;
        }
        selectedKey.set(table.getSelectionModel().getSelectedItem());
    }

    private int indexOfKey(String id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).entry().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
