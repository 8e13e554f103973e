package org.keysmith.ui.keys.export;

import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.keysmith.domain.Secret;
import org.keysmith.service.export.ExportFormat;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;

/**
 * The export dialog's content: the plaintext warning, format, the .env variable prefix (with the names it
 * gives), the deployment it records, the master password, "Save to file…" and "Copy to clipboard" with
 * progress, and the result line.
 */
public final class ExportForm {
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final TextField prefix = new TextField("OKX_");
    private final TextField deployment = new TextField();
    private final SecretField password = new SecretField();
    private final Label result = Forms.wrapping(new Label());
    private final VBox node;

    ExportForm(Duration clipboardClear, ObservableBooleanValue busy, Runnable save, Runnable copy) {
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.FREQTRADE);
        prefix.setId("exportPrefix");
        deployment.setId("exportDeployment");
        deployment.setPromptText("FORMAT@HOST when left empty");
        password.setId("exportPassword");
        password.setPromptText("Master password");
        result.setId("exportResult");
        Forms.showWhen(result, result.textProperty().isNotEmpty());
        Label warning = Forms.wrapping(new Label("The export holds this key's secret key and passphrase in PLAIN "
                + "TEXT: anyone who reads the file or the clipboard can trade with the key. Keysmith writes files "
                + "readable by you only where the disk allows it and tells you when it does not; delete them when "
                + "the bot no longer needs them. The clipboard is cleared "
                + "after " + clipboardClear.toSeconds() + " s."));
        warning.setId("exportWarning");
        warning.getStyleClass().add("warning-box");
        Label names = Forms.hint("");
        names.textProperty().bind(Bindings.createStringBinding(() -> variables(prefix.getText()),
                prefix.textProperty()));
        VBox prefixRow = Forms.showWhen(Forms.row(Forms.label("Variable _prefix", prefix), prefix, names),
                format.valueProperty().isEqualTo(ExportFormat.ENV));
        ProgressIndicator progress = Forms.showWhen(new ProgressIndicator(), busy);
        progress.setPrefSize(20, 20);
        HBox actions = new HBox(8, button("Save to file…", "exportSave", busy, save),
                button("Copy to clipboard", "exportCopy", busy, copy), progress);
        node = new VBox(10, warning, Forms.row(Forms.label("_Format", format), format), prefixRow,
                Forms.row(Forms.label("_Deployment (where the key goes, shown on the key)", deployment), deployment),
                Forms.row(Forms.label("_Master password", password), password), actions, result);
        node.setPrefWidth(500);
    }

    VBox node() {
        return node;
    }

    /** Runs {@code grow} (later, on the FX thread) when rows appear or disappear: the prefix row, the result line. */
    void onLayoutChange(Runnable grow) {
        format.valueProperty().addListener((o, was, now) -> Platform.runLater(grow));
        result.textProperty().addListener((o, was, now) -> Platform.runLater(grow));
    }

    ExportFormat format() {
        return format.getValue();
    }

    String prefix() {
        return prefix.getText();
    }

    /** The deployment name the export records, or null for the default (FORMAT@HOST). */
    String deployment() {
        return deployment.getText() == null || deployment.getText().isBlank() ? null : deployment.getText().strip();
    }

    /** The typed master password (the caller wipes it); the field is emptied, so every export asks again. */
    char[] takePassword() {
        try (Secret s = password.secret()) {
            return s.chars();
        } finally {
            password.wipe();
            result.setText("");
        }
    }

    void focusPassword() {
        password.requestFocus();
    }

    void wipe() {
        password.wipe();
    }

    void show(String message, boolean error) {
        result.getStyleClass().setAll("label", error ? "error-box" : "rule-met");
        result.setText(message);
        password.requestFocus();
    }

    private Button button(String text, String id, ObservableBooleanValue busy, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> busy.get() || password.getLength() == 0,
                busy, password.textProperty()));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static String variables(String typed) {
        String p = typed == null || typed.isBlank() ? "OKX_" : typed.strip();
        return "Variables: " + p + "API_KEY, " + p + "API_SECRET, " + p + "API_PASSPHRASE, " + p
                + "FLAG (1 demo, 0 live)";
    }
}
