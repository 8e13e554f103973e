package org.keysmith.ui.unlock;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.keysmith.service.VaultSession;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;

/** "Unlock Keysmith": the master password, unlocked in the background (the KDF takes about half a second). */
final class UnlockPane {
    private final VaultSession session;
    private final Background background;
    private final Runnable onUnlocked;
    private final SecretField password = new SecretField();
    private final Label error = new Label();
    private final Label notice = new Label();
    private final VBox box;

    UnlockPane(VaultSession session, Background background, Runnable onUnlocked) {
        this.session = session;
        this.background = background;
        this.onUnlocked = onUnlocked;
        password.setId("masterPassword");
        password.setPromptText("Master password");
        password.setPrefColumnCount(24);
        error.setId("unlockError");
        error.getStyleClass().add("field-error");
        Forms.wrapping(error);
        Forms.showWhen(error, error.textProperty().isNotEmpty());
        Button unlock = new Button("_Unlock");
        unlock.setId("unlock");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(background.busyProperty().or(password.textProperty().isEmpty()));
        unlock.setOnAction(e -> unlock());
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), background.busyProperty());
        busy.setPrefSize(22, 22);
        Label title = new Label("Unlock Keysmith");
        title.getStyleClass().add("page-title");
        notice.setId("unlockNotice");
        Forms.wrapping(notice);
        Forms.showWhen(notice, notice.textProperty().isNotEmpty());
        box = new VBox(12, title, notice, Forms.hint("Vault: " + session.file()), Forms.label("_Master password",
                password),
                password, new HBox(10, unlock, busy), error);
        box.setId("unlockPane");
        box.setMaxWidth(420);
        box.setPadding(new Insets(40));
        box.setAlignment(Pos.CENTER_LEFT);
        Platform.runLater(password::requestFocus);
    }

    private void unlock() {
        char[] pw = password.chars();
        error.setText("");
        background.run(() -> {
            try {
                session.unlock(pw);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, ok -> {
            password.wipe();
            onUnlocked.run();
        }, message -> {
            error.setText(message);
            password.selectAll();
            password.requestFocus();
        });
    }

    void notice(String text) {
        notice.setText(text);
    }

    Node node() {
        return box;
    }

    void wipe() {
        password.wipe();
    }
}
