package org.keysmith.ui.keys;

import javafx.scene.Node;
import org.keysmith.domain.Connection;
import org.keysmith.ui.wizard.CreateKeyWizard;
import org.keysmith.ui.wizard.WizardFactory;

/** What the toolbar, menus and shortcuts do. */
final class KeyActions {
    private final KeysViewModel vm;
    private final KeyTable table;
    private final WizardFactory wizards;
    private final Runnable lock;
    private CreateKeyWizard openWizard;

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
        openWizard = wizards.open(from.getScene().getWindow(), c, created -> {
            openWizard = null;
            if (created != null) {
                vm.refresh();
            }
        });
    }

    void lock() {
        lock.run();
    }

    /** Closes an open wizard without asking (the vault is being locked). */
    void closeWindows() {
        if (openWizard != null) {
            openWizard.forceClose();
        }
    }

    KeyTable table() {
        return table;
    }
}
