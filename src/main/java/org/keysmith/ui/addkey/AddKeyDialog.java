package org.keysmith.ui.addkey;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.ExistingKey;
import org.keysmith.domain.InvalidInputException;
import org.keysmith.service.ExistingKeyCheck;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.KeyService;
import org.keysmith.service.VerifyFailure;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretWindows;

/**
 * "Add existing key": the user pastes a key made on the OKX website; Keysmith asks OKX about it (signed with the
 * key itself), shows what OKX reports and any warnings, and saves it only when the user says so — verified, or
 * marked not verified when OKX cannot check it from here. Failures keep every field as typed.
 */
public final class AddKeyDialog {
    private static final ButtonType VERIFY = new ButtonType("Verify", ButtonData.OTHER);
    private static final ButtonType SAVE = new ButtonType("Save key", ButtonData.OK_DONE);
    private static final ButtonType SAVE_UNVERIFIED = new ButtonType("Save unverified", ButtonData.OTHER);
    private final KeyService keys;
    private final Background background;
    private final AddKeyForm form;
    private final AddKeyReport report;
    private final SecretWindows windows;
    private Dialog<ApiKeyEntry> dialog;

    public AddKeyDialog(KeyService keys, Background background, KeyPlace initialPlace, SecretWindows windows) {
        this.windows = windows;
        this.keys = keys;
        this.background = background;
        this.form = new AddKeyForm(initialPlace);
        this.report = new AddKeyReport(form::flag);
    }

    /** Shows the dialog; the saved key, or empty when the user cancelled. */
    public Optional<ApiKeyEntry> show(Window owner) {
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), background.busyProperty());
        busy.setPrefSize(20, 20);
        dialog = Dialogs.dialog(owner, "Add existing key", new VBox(10, form.node(), report.node(), busy),
                VERIFY, SAVE_UNVERIFIED, SAVE, ButtonType.CANCEL);
        dialog.setHeaderText("Keep a key made on the OKX website");
        Dialogs.growWithContent(dialog);
        button(VERIFY, "addVerify").getStyleClass().add("accent");
        button(SAVE, "addSave").disableProperty().bind(report.verifiedProperty().not()
                .or(background.busyProperty()));
        button(VERIFY, "addVerify").disableProperty().bind(background.busyProperty());
        Button unverified = button(SAVE_UNVERIFIED, "addSaveUnverified");
        Forms.showWhen(unverified, report.mayBeSavedUnverifiedProperty());
        button(ButtonType.CANCEL, "addCancel");
        onAction(VERIFY, this::verify);
        onAction(SAVE, () -> save(report.check(), null));
        onAction(SAVE_UNVERIFIED, () -> save(null, report.unverifiedReason()));
        InvalidationListener stale = o -> report.clear();
        for (var input : form.inputs()) {
            input.addListener(stale);
        }
        dialog.setResultConverter(b -> null);
        dialog.setOnShown(e -> form.focus());
        dialog.setOnHidden(e -> form.wipe());
        if (!windows.register(dialog, form::wipe)) {
            return Optional.empty();
        }
        return dialog.showAndWait();
    }

    private void verify() {
        ExistingKey key = readValid();
        if (key == null) {
            return;
        }
        KeyPlace place = form.place();
        background.run(() -> {
            try {
                return Verification.ok(keys.checkExisting(place, key));
            } catch (VerifyFailure f) {
                return Verification.failed(f);
            } finally {
                key.destroy();
            }
        }, report::show, report::showError);
    }

    private void save(ExistingKeyCheck check, String whyUnverified) {
        ExistingKey key = readValid();
        if (key == null) {
            return;
        }
        KeyPlace place = form.place();
        background.run(() -> {
            try {
                return keys.addExisting(place, key, check, whyUnverified);
            } finally {
                key.destroy();
            }
        }, saved -> {
            dialog.setResult(saved);
            dialog.close();
        }, report::showError);
    }

    /** The typed key if it passes the local checks; otherwise null with the problem shown. */
    private ExistingKey readValid() {
        ExistingKey key = form.read();
        try {
            key.validate();
            return key;
        } catch (InvalidInputException e) {
            key.destroy();
            report.showError(e.getMessage());
            return null;
        }
    }

    private void onAction(ButtonType type, Runnable action) {
        dialog.getDialogPane().lookupButton(type).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
    }

    private Button button(ButtonType type, String id) {
        Node b = dialog.getDialogPane().lookupButton(type);
        b.setId(id);
        return (Button) b;
    }
}
