package org.keysmith.ui.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Secret;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.export.ExportFormat;
import org.keysmith.service.export.ExportService;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;

/**
 * "Export key": a bot's configuration format, a plain warning that the result holds the secret in plain text, the
 * master password again, then "Save to file…" (owner-only) or "Copy to clipboard" (cleared after the timer).
 */
public final class ExportDialog {
    private final ExportService exports;
    private final ClipboardService clipboard;
    private final Background background;
    private final BiFunction<Window, String, Optional<Path>> chooseFile;
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final TextField prefix = new TextField("OKX_");
    private final SecretField password = new SecretField();
    private final Label result = Forms.wrapping(new Label());

    public ExportDialog(ExportService exports, ClipboardService clipboard, Background background,
                        BiFunction<Window, String, Optional<Path>> chooseFile) {
        this.exports = exports;
        this.clipboard = clipboard;
        this.background = background;
        this.chooseFile = chooseFile;
    }

    /** The production file chooser: "Save as", starting with the format's usual file name. */
    public static Optional<Path> saveAs(Window owner, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to file");
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    /** Opens the dialog (not modal-blocking); secrets typed into it are wiped when it closes. */
    public void show(Window owner, ApiKeyEntry key) {
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.FREQTRADE);
        prefix.setId("exportPrefix");
        password.setId("exportPassword");
        result.setId("exportResult");
        Label warning = Forms.wrapping(new Label("The export holds this key's secret key and passphrase in plain "
                + "text. Anyone who reads the file or the clipboard can trade with the key. Files are written "
                + "readable by you only; delete them when the bot no longer needs them."));
        warning.getStyleClass().add("warning-box");
        VBox prefixRow = Forms.row(Forms.label("Variable _prefix", prefix), prefix,
                Forms.hint("OKX_ gives OKX_API_KEY, OKX_API_SECRET, OKX_API_PASSPHRASE."));
        Forms.showWhen(prefixRow, Bindings.equal(format.valueProperty(), ExportFormat.ENV));
        Button save = action("Save to file…", "exportSave", () -> save(key));
        Button copy = action("Copy to clipboard", "exportCopy", () -> copy(key));
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), background.busyProperty());
        busy.setPrefSize(20, 20);
        VBox content = new VBox(10, warning, Forms.row(Forms.label("_Format", format), format), prefixRow,
                Forms.row(Forms.label("_Master password", password), password), new HBox(8, save, copy, busy), result);
        content.setPrefWidth(480);
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Export key", content, ButtonType.CLOSE);
        d.setHeaderText("Export \"" + key.name() + "\" to a bot's configuration");
        Dialogs.growWithContent(d);
        d.setOnHidden(e -> password.wipe());
        d.setOnShown(e -> format.requestFocus());
        d.show();
    }

    private void save(ApiKeyEntry key) {
        ExportFormat f = format.getValue();
        Optional<Path> target = chooseFile.apply(result.getScene().getWindow(), f.fileName());
        if (target.isEmpty()) {
            return;
        }
        char[] pw = takePassword();
        String p = prefix.getText();
        background.run(() -> {
            try {
                exports.toFile(key.id(), f, p, pw, target.get(), true);
                return target.get();
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, path -> show("Saved to " + path + " (readable by you only).", false), m -> show(m, true));
    }

    private void copy(ApiKeyEntry key) {
        ExportFormat f = format.getValue();
        char[] pw = takePassword();
        String p = prefix.getText();
        background.run(() -> {
            try {
                return Secret.wrap(exports.render(key.id(), f, p, pw, "the clipboard"));
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, text -> {
            try (text) {
                clipboard.copy(f.cliName() + " export", text, key);
            }
            show("Copied — the clipboard clears in " + clipboard.clearDelay().toSeconds() + " s.", false);
        }, m -> show(m, true));
    }

    private char[] takePassword() {
        try (Secret s = password.secret()) {
            return s.chars();
        }
    }

    private void show(String message, boolean error) {
        result.getStyleClass().setAll("label", error ? "error-box" : "rule-met");
        result.setText(message);
    }

    private Button action(String text, String id, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(background.busyProperty().or(Bindings.createBooleanBinding(
                () -> password.getLength() == 0, password.textProperty())));
        b.setOnAction(e -> run.run());
        return b;
    }
}
