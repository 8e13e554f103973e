package org.keysmith.ui.keys.table;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The key table's skin: the standard one, with a flow that styles each row once rather than on every move (see
 * FixedRowFlow).
 */
public final class KeyTableSkin extends TableViewSkin<KeyRow> {
    KeyTableSkin(TableView<KeyRow> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<KeyRow>> createVirtualFlow() {
        return new FixedRowFlow<>();
    }
}
