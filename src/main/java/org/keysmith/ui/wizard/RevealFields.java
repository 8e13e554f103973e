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

/** The three values of a new key (wizard and rotation), read-only, each with a Copy button and "Copied — clears in n s" feedback. */
public final class RevealFields {
    private final ClipboardService clipboard;
    private final GridPane grid = new GridPane();
    private final TextField apiKey = field("revealApiKey");
    private final TextField secret = field("revealSecret");
    private final TextField passphrase = field("revealPassphrase");
    private final Label feedback = new Label();
    private CreateResult.Created shown;

    public RevealFields(ClipboardService clipboard) {
        this.clipboard = clipboard;
        grid.setHgap(10);
        grid.setVgap(8);
        feedback.setId("copyFeedback");
        feedback.getStyleClass().add("rule-met");
        addRow(0, "API key", apiKey, "copyApiKey", () -> Secret.copyOf(apiKey.getText().toCharArray()));
        addRow(1, "Secret key", secret, "copySecret", () -> shown.secretKey().copy());
        addRow(2, "Passphrase", passphrase, "copyPassphrase", () -> shown.passphrase().copy());
        grid.add(feedback, 1, 3);
    }

    public void show(CreateResult.Created created) {
        shown = created;
        if (created.notSaved()) {
            feedback.getStyleClass().setAll("label", "error-box");
            feedback.setText(created.saveProblem());
        }
        apiKey.setText(created.entry().apiKey());
        secret.setText(created.secretKey().exposeAsString());
        passphrase.setText(created.passphrase().exposeAsString());
    }

    public void clear() {
        apiKey.clear();
        secret.clear();
        passphrase.clear();
    }

    private void addRow(int row, String title, TextField value, String buttonId, Supplier<Secret> what) {
        Button copy = new Button("Copy");
        copy.setId(buttonId);
        copy.setOnAction(e -> {
            try (Secret s = what.get()) {
                clipboard.copy(title, s, shown.entry());
            }
            feedback.setText(title + " copied — the clipboard clears in " + clipboard.clearDelay().toSeconds() + " s.");
        });
        GridPane.setHgrow(value, Priority.ALWAYS);
        grid.addRow(row, new Label(title), value, copy);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setEditable(false);
        f.getStyleClass().add("secret-value");
        f.setPrefColumnCount(36);
        return f;
    }

    public Node node() {
        return grid;
    }
}
