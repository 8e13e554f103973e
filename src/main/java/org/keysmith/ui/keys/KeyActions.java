package org.keysmith.ui.keys;

import javafx.scene.Node;
import org.keysmith.domain.Connection;
import org.keysmith.ui.wizard.WizardFactory;

/** What the toolbar, menus and shortcuts do. */
final class KeyActions {
    private final KeysViewModel vm;
    private final KeyTable table;
    private final WizardFactory wizards;
    private final Runnable lock;

    KeyActions(KeysViewModel vm, KeyTable table, WizardFactory wizards, Runnable lock) {
        this.vm = vm;
        this.table = table;
        this.wizards = wizards;
        this.lock = lock;
    }

    void createKey(Node from) {
        Connection c = vm.connectionProperty().get();
        if (c == null) {
            vm.statusProperty().set("Choose an exchange connection first.");
            return;
        }
        wizards.open(from.getScene().getWindow(), c, created -> {
            if (created != null) {
                vm.refresh();
            }
        });
    }

    void lock() {
        lock.run();
    }

    KeyTable table() {
        return table;
    }
}
