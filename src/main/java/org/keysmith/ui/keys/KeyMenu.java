package org.keysmith.ui.keys;

import org.keysmith.ui.keys.table.KeyTable;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/** The key table's context menu, and the window's keyboard shortcuts for the same actions. */
final class KeyMenu {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination COPY_KEY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY_SECRET = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REVOKE = new KeyCodeCombination(KeyCode.DELETE);
    private static final KeyCombination SYNC = new KeyCodeCombination(KeyCode.F5);

    private KeyMenu() {
    }

    static void install(KeyTable table, Region root, KeyActions actions) {
        ContextMenu menu = new ContextMenu(
                item("Copy API key", "menuCopyApiKey", COPY_KEY, actions::copyApiKey),
                item("Copy secret key…", "menuCopySecret", COPY_SECRET, () -> actions.copySecret(root)),
                item("Export…", "menuExport", null, () -> actions.export(root)),
                new SeparatorMenuItem(),
                item("Verify", "menuVerify", null, actions::verify),
                item("Edit…", "menuEdit", EDIT, () -> actions.edit(root)),
                item("Revoke…", "menuRevoke", REVOKE, () -> actions.revoke(root)),
                new SeparatorMenuItem(),
                item("Rotate…", "menuRotate", null, () -> actions.rotate(root)),
                item("Finish rotation (revoke old key)…", "menuFinishRotation", null,
                        () -> actions.finishRotation(root)),
                new SeparatorMenuItem(),
                item("Add existing key…", "menuAddExisting", ADD, () -> actions.addExisting(root)));
        table.view().setContextMenu(menu);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) {
                actions.addExisting(root);
            } else if (NEW.match(e)) {
                actions.createKey(root);
            } else if (COPY_SECRET.match(e)) {
                actions.copySecret(root);
            } else if (COPY_KEY.match(e)) {
                actions.copyApiKey();
            } else if (EDIT.match(e)) {
                actions.edit(root);
            } else if (REVOKE.match(e)) {
                actions.revoke(root);
            } else if (SYNC.match(e)) {
                actions.sync(root);
            } else {
                return;
            }
            e.consume();
        });
    }

    private static MenuItem item(String text, String id, KeyCombination shortcut, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (shortcut != null) {
            m.setAccelerator(shortcut);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
