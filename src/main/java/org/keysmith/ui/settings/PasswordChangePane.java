package org.keysmith.ui.settings;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.keysmith.domain.Secret;
import org.keysmith.service.PasswordPolicy;
import org.keysmith.service.VaultSession;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;
import org.keysmith.ui.common.WeakPasswordOverride;

/**
 * "Change master password": current, new, repeat. Re-encrypts the vault in the background (new key, verified,
 * swapped in; old backups deleted), with progress. The new password must meet the {@link PasswordPolicy}, or be
 * kept through the deliberate {@link WeakPasswordOverride}.
 */
final class PasswordChangePane {
    private final VaultSession session;
    private final Background background;
    private final SecretField current = field("pwCurrent", "Current master password");
    private final SecretField fresh = field("pwNew", "New master password");
    private final SecretField repeat = field("pwRepeat", "Repeat the new one");
    private final Label result = new Label();
    private final WeakPasswordOverride weak;
    private final VBox box;

    PasswordChangePane(VaultSession session, PasswordPolicy policy, Background background) {
        this.session = session;
        this.background = background;
        this.weak = new WeakPasswordOverride(policy, "pw");
        fresh.textProperty().addListener(o -> weak.reset());
        result.setId("pwResult");
        Forms.wrapping(result);
        Button change = new Button("Change master password");
        change.setId("pwChange");
        change.disableProperty().bind(background.busyProperty().or(current.textProperty().isEmpty())
                .or(fresh.textProperty().isEmpty()).or(Bindings.createBooleanBinding(
                        () -> !sameNewPasswords(), fresh.textProperty(), repeat.textProperty())));
        change.setOnAction(e -> change());
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), background.busyProperty());
        busy.setPrefSize(20, 20);
        box = new VBox(6, new Label("Change the master password"), current, fresh,
                Forms.hint(WeakPasswordOverride.rule()), repeat, weak.node(), new HBox(8, change, busy), result,
                Forms.hint("The vault is re-encrypted under a new key; old backups are deleted, because they "
                        + "would still open with the old password."));
    }

    private boolean sameNewPasswords() {
        try (Secret a = fresh.secret(); Secret b = repeat.secret()) {
            return !a.isEmpty() && a.contentEquals(b);
        }
    }

    private void change() {
        char[] neu;
        try (Secret s = fresh.secret()) {
            neu = s.chars();
        }
        if (!weak.allows(neu)) {
            Arrays.fill(neu, '\0');
            result.getStyleClass().setAll("label");
            result.setText("");
            return;
        }
        char[] old;
        try (Secret s = current.secret()) {
            old = s.chars();
        }
        result.getStyleClass().setAll("label");
        result.setText("Re-encrypting the vault…");
        background.run(() -> {
            try {
                return session.changePassword(old, neu);
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(neu, '\0');
            }
        }, warnings -> {
            wipe();
            result.getStyleClass().setAll("label", warnings.isEmpty() ? "rule-met" : "rule-unmet");
            result.setText(warnings.isEmpty() ? "The master password was changed."
                    : "The master password was changed. " + String.join(" ", warnings));
        }, message -> {
            result.getStyleClass().setAll("label", "field-error");
            result.setText(message);
        });
    }

    private static SecretField field(String id, String prompt) {
        SecretField f = new SecretField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    Node node() {
        return box;
    }

    void wipe() {
        current.wipe();
        fresh.wipe();
        repeat.wipe();
    }
}
