package org.keysmith.ui.keys.rotate;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Rotation;
import org.keysmith.ui.common.Dialogs;

/** "Finish rotation?": revoking the old key now, before the grace period ends. */
public final class FinishRotationDialog {
    private FinishRotationDialog() {
    }

    public static boolean confirm(Window owner, Rotation r, ApiKeyEntry selected) {
        ButtonType finish = new ButtonType("Revoke old key", ButtonData.OK_DONE);
        Alert a = Dialogs.alert(owner, Alert.AlertType.CONFIRMATION, "Finish the rotation of \"" + selected.name()
                + "\"?", "Keysmith revokes the old key now. Every bot still using it stops at once. Continue only when "
                + "your bots use \"" + r.newName() + "\".", finish, ButtonType.CANCEL);
        a.getDialogPane().lookupButton(finish).setId("finishRotationConfirm");
        return a.showAndWait().filter(b -> b == finish).isPresent();
    }
}
