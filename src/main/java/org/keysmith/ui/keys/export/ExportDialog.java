package org.keysmith.ui.keys.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Secret;
import org.keysmith.service.ClipboardService;
import org.keysmith.service.export.ExportFormat;
import org.keysmith.service.export.ExportService;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.SecretWindows;
import java.io.File;
import javafx.scene.Scene;

/**
 * "Export key" to a bot's configuration ({@link ExportForm}): "Save to file…" writes owner-only and replaces an
 * existing file only after asking; "Copy to clipboard" is cleared after the usual delay. The master password is
 * asked for every export and checked (KDF) in the background, as is the file work; failures show in the dialog.
 */
public final class ExportDialog {
    /** Where to save: a FileChooser in the app, a fixed path in tests. */
    public interface FileChoice {
        Optional<Path> choose(Window owner, ExportFormat format);
    }

    private final ExportService exports;
    private final ClipboardService clipboard;
    private final Background background;
    private final FileChoice files;
    private final ExportForm form;
    private final SecretWindows windows;
    private ApiKeyEntry key;
    private Window window;

    public ExportDialog(ExportService exports, ClipboardService clipboard, Background background, FileChoice files,
                        SecretWindows windows) {
        this.windows = windows;
        this.exports = exports;
        this.clipboard = clipboard;
        this.background = background;
        this.files = files;
        this.form = new ExportForm(clipboard.clearDelay(), background.busyProperty(), this::save, this::copy);
    }

    /** The app's "Save as" chooser, starting with the format's usual file name. */
    public static Optional<Path> saveAs(Window owner, ExportFormat f) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + f + " (plaintext)");
        chooser.setInitialFileName(f.fileName());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Opens the dialog without blocking the caller; the password field is wiped when it closes. */
    public void show(Window owner, ApiKeyEntry entry) {
        this.key = entry;
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Export key", form.node(), ButtonType.CLOSE);
        d.setHeaderText("Export \"" + entry.name() + "\" to a bot's configuration");
        d.setOnShown(e -> {
            window = d.getDialogPane().getScene().getWindow();
            form.focusPassword();
        });
        form.onLayoutChange(() -> {
            Scene scene = d.getDialogPane().getScene();
            if (d.isShowing() && d.getDialogPane().prefHeight(scene.getWidth()) > scene.getHeight() + 1) {
                window.sizeToScene();
            }
        });
        d.setOnHidden(e -> form.wipe());
        if (windows.register(d, form::wipe)) {
            d.show();
        }
    }

    private void save() {
        ExportFormat f = form.format();
        String prefix = form.prefix();
        String deployment = form.deployment();
        files.choose(window, f).ifPresent(path -> background.run(() -> Files.exists(path), exists -> {
            if (!exists || confirmReplace(path)) {
                Work<Boolean> write = pw -> exports.toFile(key.id(), f, prefix, pw, path, exists, deployment);
                run(write, ownerOnly -> form.show(ownerOnly
                        ? "Saved to " + path + " (readable by you only). It holds the secret in plain text."
                        : "Saved to " + path + ". This folder cannot be made private, so other users of this "
                        + "computer may be able to read the file: it holds the secret in plain text.", !ownerOnly));
            }
        }, m -> form.show(m, true)));
    }

    private void copy() {
        ExportFormat f = form.format();
        String prefix = form.prefix();
        String deployment = form.deployment();
        Work<Secret> render = pw -> Secret.wrap(exports.render(key.id(), f, prefix, pw, ExportService.CLIPBOARD,
                deployment));
        run(render, text -> {
            try (text) {
                clipboard.copy(f.cliName() + " export", text, key);
            }
            form.show("Copied as " + f + ". The clipboard is cleared in " + clipboard.clearDelay().toSeconds()
                    + " s.", false);
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(char[] masterPassword) throws Exception;
    }

    /** Runs {@code work} in the background with the typed master password, wiped afterwards. */
    private <T> void run(Work<T> work, Consumer<T> done) {
        char[] pw = form.takePassword();
        background.run(() -> {
            try {
                return work.run(pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, done, m -> form.show(m, true));
    }

    private boolean confirmReplace(Path path) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert a = Dialogs.alert(window, Alert.AlertType.CONFIRMATION, "Replace " + path.getFileName() + "?",
                path + " already exists. Replace it with the export?", replace, ButtonType.CANCEL);
        a.getDialogPane().lookupButton(replace).setId("exportReplace");
        return a.showAndWait().orElse(ButtonType.CANCEL) == replace;
    }
}
