package org.keysmith.ui.keys.rotate;

import java.time.Duration;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Rotation;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.CreateResult;
import org.keysmith.service.KeyRotation;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.Reauth;
import org.keysmith.ui.common.SecretWindows;
import org.keysmith.ui.wizard.RevealFields;

/**
 * "Rotate key": says what will happen and asks for the grace period; then creates and verifies the new key in the
 * background and reveals it once, like the wizard's last page. The old key stays live meanwhile.
 */
public final class RotateDialog {
    private static final List<Duration> GRACE = List.of(Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(3),
            Duration.ofDays(7));
    private final KeyRotation rotation;
    private final Background background;
    private final ClipboardService clipboard;
    private final SecretWindows windows;
    private final Reauth reauth;

    public RotateDialog(KeyRotation rotation, Background background, ClipboardService clipboard,
                        SecretWindows windows, Reauth reauth) {
        this.windows = windows;
        this.reauth = reauth;
        this.rotation = rotation;
        this.background = background;
        this.clipboard = clipboard;
    }

    /** Shows the dialog; true when a rotation was started. */
    public boolean show(Window owner, ApiKeyEntry old, String newName) {
        return show(owner, old, newName, false);
    }

    /**
     * For a key found leaked (a scan hit): the same rotation, with "no grace" offered first, so the leaked key is
     * revoked as soon as its successor is verified.
     */
    public boolean showLeaked(Window owner, ApiKeyEntry old, String newName) {
        return show(owner, old, newName, true);
    }

    private boolean show(Window owner, ApiKeyEntry old, String newName, boolean leaked) {
        ComboBox<Duration> grace = new ComboBox<>();
        grace.setId("rotateGrace");
        if (leaked) {
            grace.getItems().add(Duration.ZERO);
        }
        grace.getItems().addAll(GRACE);
        grace.setValue(leaked ? Duration.ZERO : Duration.ofHours(24));
        grace.setConverter(Forms.converter(d -> d == null ? "" : d.isZero() ? "none: revoke it at once"
                : d.toHours() < 48 ? d.toHours() + " hours" : d.toDays() + " days"));
        Label plan = Forms.wrapping(new Label((leaked ? "A secret of \"" + old.name() + "\" was found outside the "
                + "vault, so treat it as known to others. " : "") + "Keysmith creates \"" + newName
                + "\" on sub-account " + old.subAccount()
                + " with the same permissions (" + old.permissions().display() + ") and IPs, shows its secret once, "
                + "and verifies it with OKX. \"" + old.name() + "\" stays live until you confirm your bots use the "
                + "new key, or until the grace period ends; then Keysmith revokes it (with no grace: as soon as "
                + "the new key works). An interrupted rotation continues the next time you unlock."));
        Label error = Forms.wrapping(new Label());
        error.setId("rotateError");
        error.getStyleClass().add("error-box");
        Forms.showWhen(error, error.textProperty().isNotEmpty());
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), background.busyProperty());
        busy.setPrefSize(20, 20);
        VBox content = new VBox(10, plan, Forms.row(Forms.label("_Grace period", grace), grace), error, busy);
        content.setPrefWidth(520);
        ButtonType start = new ButtonType("Start rotation", ButtonData.OK_DONE);
        Dialog<Boolean> d = Dialogs.dialog(owner, "Rotate key", content, start, ButtonType.CANCEL);
        d.setHeaderText("Rotate \"" + old.name() + "\"");
        d.getDialogPane().lookupButton(start).setId("rotateStart");
        d.getDialogPane().lookupButton(start).disableProperty().bind(background.busyProperty());
        d.getDialogPane().lookupButton(start).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            reauth.run(background, () -> rotation.start(old.id(), grace.getValue()), started -> {
                d.setResult(true);
                d.close();
                reveal(owner, started);
            }, error::setText);
        });
        d.setResultConverter(b -> false);
        return d.showAndWait().orElse(false);
    }

    private void reveal(Window owner, KeyRotation.Started started) {
        if (!(started.created() instanceof CreateResult.Created created)) {
            Dialogs.error(owner, "The new key's secret was lost", started.problem());
            return;
        }
        RevealFields fields = new RevealFields(clipboard);
        fields.show(created);
        CheckBox stored = new CheckBox("I have stored the secret key and passphrase where my bot reads them");
        stored.setId("rotateStored");
        Label state = Forms.wrapping(new Label(started.problem().isEmpty()
                ? started.rotation().step() == Rotation.Step.DONE
                ? "Verified with OKX, and the old key is revoked. Put the new key into your bots now."
                : "Verified with OKX. \"" + created.entry().name() + "\" and the old key are both live until "
                + RotationNotes.when(started.rotation().graceUntil()) + " (or until you choose Finish rotation)."
                : "Created, but not verified yet: " + started.problem() + " The old key stays live; Keysmith tries "
                + "again on the next unlock."));
        state.setId("rotateState");
        state.getStyleClass().add(started.problem().isEmpty() ? "rule-met" : "warning-box");
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Your new key", new VBox(12, Forms.wrapping(new Label(
                "This is the only time the secret key is shown.")), fields.node(), state, stored), ButtonType.FINISH);
        d.getDialogPane().lookupButton(ButtonType.FINISH).setId("rotateDone");
        d.getDialogPane().lookupButton(ButtonType.FINISH).disableProperty().bind(stored.selectedProperty().not());
        Runnable wipe = () -> {
            fields.clear();
            created.destroyRevealedSecrets();
        };
        d.setOnHidden(e -> wipe.run());
        if (windows.register(d, wipe)) {
            d.showAndWait();
        }
    }
}
