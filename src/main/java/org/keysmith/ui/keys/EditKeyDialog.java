package org.keysmith.ui.keys;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyName;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.service.KeyEdit;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import javafx.beans.value.ObservableStringValue;

/**
 * "Edit key": name, Trade, IP allowlist (changed on OKX, which replaces the whole permission set and IP list) and
 * the description (kept locally). Shows each field's problem and keeps Save disabled until all are fixed.
 */
final class EditKeyDialog {
    private EditKeyDialog() {
    }

    static Optional<KeyEdit> ask(Window owner, ApiKeyEntry key) {
        TextField name = new TextField(key.name());
        name.setId("editName");
        CheckBox trade = new CheckBox("Trade");
        trade.setId("editTrade");
        trade.setSelected(key.permissions().has(Permission.TRADE));
        TextArea ips = new TextArea(key.ips().toText());
        ips.setId("editIps");
        ips.setPrefRowCount(3);
        TextArea description = new TextArea(key.description());
        description.setId("editDescription");
        description.setPrefRowCount(3);
        Label nameError = error(Bindings.createStringBinding(() -> name.getText().equals(key.name()) ? ""
                : KeyName.parse(name.getText()).error().orElse(""), name.textProperty()));
        Label ipError = error(Bindings.createStringBinding(() -> IpAllowlist.parse(ips.getText()).error().orElse(""),
                ips.textProperty()));
        boolean onExchange = key.subAccount() != null;
        name.setDisable(!onExchange);
        trade.setDisable(!onExchange);
        ips.setDisable(!onExchange);
        VBox form = new VBox(8, Forms.label("_Name", name), name, nameError, trade, Forms.label("_IP allowlist", ips),
                ips,
                ipError, Forms.label("_Description (kept on this computer)", description), description);
        if (!onExchange) {
            form.getChildren().add(0, Forms.hint("This is a main-account key: OKX lets you change it on its website "
                    + "only. "
                    + "Keysmith can keep its description."));
        }
        ButtonType save = new ButtonType("Save", ButtonData.OK_DONE);
        Dialog<KeyEdit> d = Dialogs.dialog(owner, "Edit key", form, save, ButtonType.CANCEL);
        d.setHeaderText("Edit \"" + key.name() + "\"");
        d.getDialogPane().lookupButton(save).setId("editSave");
        d.getDialogPane().lookupButton(save).disableProperty()
                .bind(nameError.textProperty().isNotEmpty().or(ipError.textProperty().isNotEmpty()));
        d.setResultConverter(b -> b != save ? null : new KeyEdit(name.getText(),
                trade.isSelected() ? Permissions.of(Permission.TRADE) : Permissions.readOnly(),
                IpAllowlist.parse(ips.getText()).get(), description.getText()));
        return d.showAndWait();
    }

    private static Label error(ObservableStringValue message) {
        return Forms.error(null, message);
    }
}
