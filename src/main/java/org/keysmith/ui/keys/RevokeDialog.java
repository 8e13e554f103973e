package org.keysmith.ui.keys;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;

/** "Revoke key?": says what will happen and asks the user to type the key's name to confirm. */
final class RevokeDialog {
    private RevokeDialog() {
    }

    static boolean confirm(Window owner, ApiKeyEntry key) {
        Label what = Forms.wrapping(new Label(explanation(key)));
        what.getStyleClass().add("warning-box");
        TextField typed = new TextField();
        typed.setId("revokeConfirmName");
        typed.setPromptText(key.name());
        ButtonType revoke = new ButtonType("Revoke key", ButtonData.OK_DONE);
        Dialog<Boolean> d = Dialogs.dialog(owner, "Revoke key", new VBox(10, what,
                Forms.label("Type the key's name, _" + key.name() + ", to confirm:", typed), typed), revoke,
                        ButtonType.CANCEL);
        d.setHeaderText("Revoke \"" + key.name() + "\"?");
        d.getDialogPane().lookupButton(revoke).setId("revokeConfirm");
        d.getDialogPane().lookupButton(revoke).disableProperty()
                .bind(typed.textProperty().isNotEqualTo(key.name()));
        d.getDialogPane().lookupButton(ButtonType.CANCEL).setId("revokeCancel");
        d.setResultConverter(b -> b == revoke);
        d.setOnShown(e -> typed.requestFocus());
        return d.showAndWait().orElse(false);
    }

    private static String explanation(ApiKeyEntry k) {
        String where = k.subAccount() == null ? "the main account" : "sub-account " + k.subAccount();
        return "Keysmith will delete this key (API key " + k.apiKey() + ") of " + where + " on OKX. Every bot or "
                + "script using it stops working at once, and it cannot be undone. The key stays in the list marked "
                + "revoked; its secret key and passphrase are wiped from the vault.";
    }
}
