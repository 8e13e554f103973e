package org.keysmith.ui.keys;

import static org.keysmith.ui.keys.KeyActionRule.KeyAction.COPY_API_KEY;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.COPY_SECRET;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.EDIT;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.EXPORT;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.FINISH_ROTATION;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.REVOKE;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.ROTATE;
import static org.keysmith.ui.keys.KeyActionRule.KeyAction.VERIFY;

import java.util.Map;
import org.keysmith.ui.keys.KeyActionRule.KeyAction;
import org.keysmith.ui.keys.table.KeyTable;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The key table's context menu, and the window's keyboard shortcuts for the same actions; what is enabled for the
 * selected key comes from {@link KeyActionRule}.
 */
final class KeyMenu {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination COPY_KEY_KEYS = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY_SECRET_KEYS = new KeyCodeCombination(KeyCode.C,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination EDIT_KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REVOKE_KEYS = new KeyCodeCombination(KeyCode.DELETE);
    private static final KeyCombination SYNC = new KeyCodeCombination(KeyCode.F5);

    private KeyMenu() {
    }

    static void install(KeyTable table, Region root, KeyActions actions) {
        MenuItem copyKey = item("Copy API key", "menuCopyApiKey", COPY_KEY_KEYS, actions::copyApiKey);
        MenuItem copySecret = item("Copy secret key…", "menuCopySecret", COPY_SECRET_KEYS,
                () -> actions.copySecret(root));
        MenuItem export = item("Export…", "menuExport", null, () -> actions.export(root));
        MenuItem runBot = item("Run a bot…", "menuRunBot", null, () -> actions.runBot(root));
        MenuItem verify = item("Verify", "menuVerify", null, actions::verify);
        MenuItem doctor = item("Doctor…", "menuDoctor", null, () -> actions.doctor(root));
        MenuItem edit = item("Edit…", "menuEdit", EDIT_KEYS, () -> actions.edit(root));
        MenuItem revoke = item("Revoke…", "menuRevoke", REVOKE_KEYS, () -> actions.revoke(root));
        MenuItem rotate = item("Rotate…", "menuRotate", null, () -> actions.rotate(root));
        MenuItem finish = item("Finish rotation (revoke old key)…", "menuFinishRotation", null,
                () -> actions.finishRotation(root));
        Map<MenuItem, KeyAction> ruled = Map.of(copyKey, COPY_API_KEY, copySecret, COPY_SECRET, export, EXPORT,
                verify, VERIFY, doctor, VERIFY, edit, EDIT, revoke, REVOKE, rotate, ROTATE, finish, FINISH_ROTATION);
        ruled.forEach((item, action) -> item.disableProperty().bind(
                KeyActionRule.notOffered(table.selectedKey(), action)));
        runBot.disableProperty().bind(KeyActionRule.notOffered(table.selectedKey(), EXPORT));
        ContextMenu menu = new ContextMenu(copyKey, copySecret, export, runBot, new SeparatorMenuItem(), verify,
                doctor, edit, revoke, new SeparatorMenuItem(), rotate, finish, new SeparatorMenuItem(),
                item("Add existing key…", "menuAddExisting", ADD, () -> actions.addExisting(root)));
        table.view().setContextMenu(menu);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) {
                actions.addExisting(root);
            } else if (NEW.match(e)) {
                actions.createKey(root);
            } else if (COPY_SECRET_KEYS.match(e)) {
                ifOffered(table, COPY_SECRET, () -> actions.copySecret(root));
            } else if (COPY_KEY_KEYS.match(e)) {
                ifOffered(table, COPY_API_KEY, actions::copyApiKey);
            } else if (EDIT_KEYS.match(e)) {
                ifOffered(table, EDIT, () -> actions.edit(root));
            } else if (REVOKE_KEYS.match(e)) {
                ifOffered(table, REVOKE, () -> actions.revoke(root));
            } else if (SYNC.match(e)) {
                actions.sync(root);
            } else {
                return;
            }
            e.consume();
        });
    }

    private static void ifOffered(KeyTable table, KeyAction action, Runnable run) {
        if (KeyActionRule.offers(table.selectedKey().get(), action)) {
            run.run();
        }
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
