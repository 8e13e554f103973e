package org.keysmith.ui.wizard;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.keysmith.domain.Secret;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.CreateResult;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.RevealedField;

/** The three values of a new key (wizard and rotation), read-only,
        each with a Copy button and "Copied — clears in n s" feedback. */
public final class RevealFields {
    private final ClipboardService clipboard;
    private final GridPane grid = new GridPane();
    private final TextField apiKey;
    private final TextField secret;
    private final TextField passphrase;
    private final Label feedback = new Label();
    private final Label saveProblem = new Label();
    private CreateResult.Created shown;

    public RevealFields(ClipboardService clipboard) {
        this.clipboard = clipboard;
        grid.setHgap(10);
        grid.setVgap(8);
        feedback.setId("copyFeedback");
        feedback.getStyleClass().add("rule-met");
        saveProblem.setId("revealSaveProblem");
        saveProblem.getStyleClass().add("error-box");
        Forms.wrapping(saveProblem);
        Forms.showWhen(saveProblem, saveProblem.textProperty().isNotEmpty());
        apiKey = addRow(0, "API key", "revealApiKey", "copyApiKey", () -> Secret.copyOf(shown.entry().apiKey()
                .toCharArray()));
        secret = addRow(1, "Secret key", "revealSecret", "copySecret", () -> shown.secretKey().copy());
        passphrase = addRow(2, "Passphrase", "revealPassphrase", "copyPassphrase", () -> shown.passphrase().copy());
        grid.add(feedback, 1, 3);
        grid.add(saveProblem, 0, 4, 3, 1);
    }

    public void show(CreateResult.Created created) {
        shown = created;
        saveProblem.setText(created.notSaved() ? "Not saved to your vault: " + created.saveProblem()
                + " Copy the secret key and passphrase now: this window is the only copy until a save works."
                : "");
        apiKey.setText(created.entry().apiKey());
        secret.setText(created.secretKey().exposeAsString());
        passphrase.setText(created.passphrase().exposeAsString());
    }

    /** True when the key was saved to the vault (false while nothing is shown, or when the save failed). */
    public boolean saved() {
        return shown != null && !shown.notSaved();
    }

    public void clear() {
        shown = null;
        apiKey.clear();
        secret.clear();
        passphrase.clear();
    }

    private TextField addRow(int row, String title, String fieldId, String buttonId, Supplier<Secret> what) {
        Runnable copy = () -> {
            if (shown == null) {
                return;
            }
            try (Secret s = what.get()) {
                clipboard.copy(title, s, shown.entry());
            }
            feedback.setText(title + " copied — the clipboard clears in " + clipboard.clearDelay().toSeconds()
                    + " s.");
        };
        RevealedField value = new RevealedField(fieldId, copy);
        Button button = new Button("Copy");
        button.setId(buttonId);
        button.setOnAction(e -> copy.run());
        GridPane.setHgrow(value, Priority.ALWAYS);
        grid.addRow(row, new Label(title), value, button);
        return value;
    }

    public Node node() {
        return grid;
    }
}
