package org.keysmith.ui.wizard;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.domain.Permissions;
import org.keysmith.ui.common.Forms;

/** Permissions, IP allowlist and the key's passphrase. */
final class PermissionsPage extends WizardStep {

    PermissionsPage(CreateKeyViewModel vm, CurrentIpModel currentIp) {
        super("Permissions and security", vm.invalid(Field.PERMISSIONS, Field.IPS, Field.PASSPHRASE));
        setBody(permissions(vm), new IpAllowlistEditor(vm, currentIp).node(), new PassphraseEditor(vm).node());
    }

    private static VBox permissions(CreateKeyViewModel vm) {
        CheckBox read = new CheckBox("Read");
        read.setId("permRead");
        read.setSelected(true);
        read.setDisable(true);
        CheckBox trade = new CheckBox("_Trade");
        trade.setId("permTrade");
        trade.selectedProperty().bindBidirectional(vm.tradeProperty());
        CheckBox withdraw = new CheckBox("Withdraw");
        withdraw.setId("permWithdraw");
        withdraw.setDisable(true);
        Label withdrawReason = Forms.hint(Permissions.WITHDRAW_REFUSED);
        withdrawReason.setId("withdrawReason");
        return new VBox(6, new Label("Permissions"), read, Forms.hint("Always on: the key can read balances, "
                + "orders and positions."), trade, Forms.hint("Place and cancel orders."), withdraw, withdrawReason);
    }
}
