package org.keysmith.ui.keys.table;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A VirtualFlow for a table with a fixed row height: it styles each row once, when the row is new, rather than each
 * time it moves the row to another index or item.
 *
 * <p>
 * VirtualFlow applies CSS to every row it places that needs layout, so that it can measure the row; and in the pulse
 * after the number of rows changes it places every visible row twice. So each filter keystroke re-styled all visible
 * rows, with all their cells and texts, twice, although nothing about their style had changed. With a fixed row
 * height there is nothing to measure, and a row whose state does change (filled or empty, selected, focused) marks
 * itself for the pulse's CSS pass as usual.
 */
public final class FixedRowFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
    private final Set<T> styled = Collections.newSetFromMap(new WeakHashMap<>());

    @Override
    protected void setCellIndex(T cell, int index) {
        if (getFixedCellSize() > 0 && styled.contains(cell)) {
            cell.updateIndex(index);
            return;
        }
        super.setCellIndex(cell, index);
        styled.add(cell);
    }
}
