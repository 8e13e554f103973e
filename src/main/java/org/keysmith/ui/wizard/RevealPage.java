package org.keysmith.ui.wizard;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.dialog.Wizard;
import org.keysmith.ui.common.Forms;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.CreateResult;

/**
 * The last page, the one-time reveal: API key, secret key and passphrase, each with Copy. The key is already in the
 * vault when this page appears. Finish stays disabled until the user confirms they stored the secret.
 */
final class RevealPage extends WizardStep {
    private final CreateKeyViewModel vm;
    private final WizardNavigation nav;
    private final RevealFields fields;
    private final CheckBox stored;
    private final Label saved = new Label();

    RevealPage(CreateKeyViewModel vm, WizardNavigation nav, ClipboardService clipboard, CheckBox stored) {
        super("Your new key", stored.selectedProperty().not());
        this.vm = vm;
        this.nav = nav;
        this.stored = stored;
        this.fields = new RevealFields(clipboard);
        stored.setId("storedConfirm");
        Label once = new Label("This is the only time Keysmith shows the secret key in plain text. Copy the "
                + "secret key and passphrase into your bot's configuration now. The clipboard is cleared "
                + "automatically after " + clipboard.clearDelay().toSeconds() + " s.");
        once.setId("revealWarning");
        Forms.wrapping(once);
        once.getStyleClass().add("warning-box");
        saved.setId("revealSaved");
        saved.getStyleClass().add("rule-met");
        Forms.showWhen(saved, saved.textProperty().isNotEmpty());
        setBody(once, fields.node(), saved, stored);
    }

    static CheckBox storedCheckBox() {
        return new CheckBox("I have stored the secret key and passphrase");
    }

    @Override
    protected void entered(Wizard wizard) {
        nav.hidePrevious(this);
        nav.removeCancel(this);
        CreateResult result = vm.creation().resultProperty().get();
        if (result instanceof CreateResult.Created created) {
            fields.show(created);
            // only when it was: a failed save is shown by the fields, and stays in the main window's banner
            saved.setText(created.notSaved() ? "" : "Saved to your vault.");
        }
    }

    BooleanProperty storedProperty() {
        return stored.selectedProperty();
    }

    /** True when the key shown was saved to the vault. */
    boolean savedToVault() {
        return fields.saved();
    }

    /** Removes the plain-text secret from the page (when the wizard closes). */
    void clear() {
        fields.clear();
    }

    VBox body() {
        return (VBox) getContent();
    }
}
