package org.keysmith.ui.keys;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import org.keysmith.domain.Environment;

/**
 * Revoking a key Keysmith cannot delete through the API (a main-account key, or one without a master key for its
 * site): how to delete it on the OKX website, then "mark revoked" once the user confirms they did.
 */
final class WebsiteRevokeDialog {
    private WebsiteRevokeDialog() {
    }

    static boolean confirm(Window owner, ApiKeyEntry key) {
        String site = key.site() == null || key.site().website().isEmpty() ? "the OKX website"
                : key.site().website();
        Label how = Forms.wrapping(new Label((key.subAccount() == null
                ? "OKX does not let any app delete keys of the main account; only you can, on the website."
                : "Keysmith has no master key for this key's site, so it cannot delete it for you.")
                + "\n\n1. Log in to " + site + (key.environment() == Environment.DEMO
                ? " and switch to Demo trading" : "") + ".\n2. Open Profile > API (the account's API page).\n"
                + "3. Find the key \"" + key.name() + "\" (API key " + key.apiKey() + ") and delete it.\n\n"
                + "Then confirm below: Keysmith marks the key revoked. " + RevokeDialog.SECRET_AND_BACKUPS));
        CheckBox done = new CheckBox("I deleted this key on the OKX website");
        done.setId("websiteRevokeDone");
        ButtonType mark = new ButtonType("Mark revoked", ButtonData.OK_DONE);
        Dialog<Boolean> d = Dialogs.dialog(owner, "Revoke key", new VBox(12, how, done), mark, ButtonType.CANCEL);
        d.setHeaderText("Delete \"" + key.name() + "\" on the OKX website");
        d.getDialogPane().lookupButton(mark).setId("websiteRevokeConfirm");
        d.getDialogPane().lookupButton(mark).disableProperty().bind(done.selectedProperty().not());
        d.setResultConverter(b -> b == mark);
        return d.showAndWait().orElse(false);
    }
}
