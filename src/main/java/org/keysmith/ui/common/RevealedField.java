package org.keysmith.ui.common;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/**
 * A read-only field that shows a secret once (the wizard's and the rotation's reveal). Ctrl+C, the context menu's
 * Copy and the Copy button all end in {@code onCopy}, which goes through the app's ClipboardService (clear after
 * the delay, clear on lock and exit, audit event, "sensitive" marks); the field never writes to the clipboard
 * itself, and cut does nothing.
 */
public final class RevealedField extends TextField {
    private final Runnable onCopy;

    public RevealedField(String id, Runnable onCopy) {
        this.onCopy = onCopy;
        setId(id);
        setEditable(false);
        getStyleClass().add("secret-value");
        setPrefColumnCount(36);
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copy());
        setContextMenu(new ContextMenu(copy));
    }

    @Override
    public void copy() {
        if (!getText().isEmpty()) {
            onCopy.run();
        }
    }

    @Override
    public void cut() {
        // read-only; and the value must never reach the clipboard except through onCopy
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? null : super.queryAccessibleAttribute(attribute, parameters);
    }
}
