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
        what.setId("revokeExplanation");
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
                + "revoked. " + SECRET_AND_BACKUPS;
    }

    /**
     * What becomes of a revoked key's secret on this computer (review L10: "wiped from the vault" was not the whole
     * truth). Deleting the backups is not offered, as it is after removing a connection: once OKX has deleted the
     * key its old secret opens nothing, while the backups are the vault's only history.
     */
    static final String SECRET_AND_BACKUPS = "Its secret key and passphrase are removed from the vault file, but "
            + "the vault's backups (vault.keysmith.bak1 to .bak3, the vault as it was before each of the last three "
            + "sessions that changed it) still hold them until three more such sessions replace those backups. Once "
            + "the key is deleted on OKX, those copies no longer work.";
}
