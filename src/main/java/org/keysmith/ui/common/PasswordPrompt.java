package org.keysmith.ui.common;

import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.scene.control.Label;

/**
 * Asks for the master password again before a secret leaves the vault. The answer is a {@code char[]} the caller
 * must wipe; the field itself is wiped when the dialog closes.
 */
public final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /** Asks; empty when cancelled, or when the vault locks meanwhile (the prompt is closed and wiped). */
    public static Optional<char[]> ask(Window owner, String why, SecretWindows windows) {
        SecretField field = new SecretField();
        field.setId("confirmPassword");
        field.setPromptText("Master password");
        ButtonType ok = new ButtonType("Continue", ButtonData.OK_DONE);
        Dialog<char[]> d = Dialogs.dialog(owner, "Master password", new VBox(10, Forms.wrapping(
                new Label(why)), field), ok, ButtonType.CANCEL);
        d.setHeaderText("Enter your master password");
        d.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        d.setResultConverter(b -> b == ok ? field.chars() : null);
        d.setOnHidden(e -> field.wipe());
        d.setOnShown(e -> field.requestFocus());
        if (!windows.register(d, field::wipe)) {
            return Optional.empty();
        }
        return d.showAndWait();
    }
}
