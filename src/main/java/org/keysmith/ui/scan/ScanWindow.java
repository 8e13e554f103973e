package org.keysmith.ui.scan;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.keysmith.service.guardian.scan.KeyRef;
import org.keysmith.service.guardian.scan.LeakHit;
import org.keysmith.service.guardian.scan.LeakScanService;
import org.keysmith.service.guardian.scan.ScanProgress;
import org.keysmith.service.guardian.scan.ScanReport;
import org.keysmith.service.guardian.scan.ScanRequest;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.ErrorMessages;

/**
 * "Scan folders…": picks folders, runs the leak scan (docs/guardian.md) off the FX thread with a progress bar and
 * a Stop button, and lists where each secret was found (file, line, commit, whose key; never the secret). Closing
 * the window stops a running scan. Owned by and centred on the main window.
 */
public final class ScanWindow {
    private final LeakScanService scan;
    private final Executor executor;
    private final ListView<Path> folders = new ListView<>();
    private final CheckBox history = new CheckBox("Also read the git history of repositories in these folders");
    private final Button start = new Button("Scan");
    private final Button stop = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Add the folders your bots and scripts live in.");
    private final TableView<LeakHit> hits = new TableView<>();
    private final AtomicReference<AtomicBoolean> running = new AtomicReference<>();
    private final Button rotate = new Button("Revoke and rotate…");
    private final BiConsumer<Window, String> revokeAndRotate;

    /**
     * {@code revokeAndRotate} is what "Revoke and rotate…" does for the selected hit's key (by id): the main window's
     * rotation with no grace offered first, so the leaked key is revoked once its successor works.
     */
    public ScanWindow(LeakScanService scan, Executor executor, BiConsumer<Window, String> revokeAndRotate) {
        this.scan = scan;
        this.executor = executor;
        this.revokeAndRotate = revokeAndRotate;
    }

    /** The vault key (not a master key) a hit names, which "Revoke and rotate…" acts on. */
    static Optional<KeyRef> rotatable(LeakHit h) {
        return h == null ? Optional.empty() : h.keys().stream().filter(k -> !k.masterKey()).findFirst();
    }

    public void show(Window owner) {
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Scan folders for leaked keys", content(owner),
                ButtonType.CLOSE);
        d.setHeaderText("Find the vault's secrets and unknown OKX credentials in files and git history");
        d.getDialogPane().setPrefSize(900, 620);
        d.setOnHidden(e -> cancel());
        d.showAndWait();
    }

    private VBox content(Window owner) {
        folders.setId("scanFolders");
        folders.setPrefHeight(110);
        Button add = new Button("Add folder…");
        add.setId("scanAddFolder");
        add.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("A folder to scan");
            File dir = chooser.showDialog(add.getScene().getWindow());
            if (dir != null && !folders.getItems().contains(dir.toPath())) {
                folders.getItems().add(dir.toPath());
            }
        });
        Button remove = new Button("Remove");
        remove.setId("scanRemoveFolder");
        remove.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> folders.getItems().remove(folders.getSelectionModel().getSelectedItem()));
        history.setId("scanHistory");
        history.setSelected(true);
        start.setId("scanStart");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(e -> begin());
        stop.setId("scanStop");
        stop.setDisable(true);
        stop.setOnAction(e -> cancel());
        progress.setId("scanProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        status.setId("scanStatus");
        status.setWrapText(true);
        hits.setId("scanHits");
        hits.setPlaceholder(new Label("No results yet."));
        hits.getColumns().add(column("File", 360, h -> h.path()));
        hits.getColumns().add(column("Line", 60, h -> String.valueOf(h.line())));
        hits.getColumns().add(column("Commit", 110, h -> h.commit() == null ? "" : h.commit()
                .substring(0, Math.min(12, h.commit().length()))));
        hits.getColumns().add(column("Found", 320, LeakHit::description));
        VBox.setVgrow(hits, Priority.ALWAYS);
        rotate.setId("scanRotate");
        rotate.disableProperty().bind(Bindings.createBooleanBinding(
                () -> rotatable(hits.getSelectionModel().getSelectedItem()).isEmpty(),
                hits.getSelectionModel().selectedItemProperty()));
        rotate.setOnAction(e -> rotatable(hits.getSelectionModel().getSelectedItem())
                .ifPresent(k -> revokeAndRotate.accept(rotate.getScene().getWindow(), k.id())));
        Label rotateHint = new Label("A secret found outside the vault is known to others: select its line, then");
        VBox box = new VBox(8, new Label("Folders:"), folders, new HBox(8, add, remove), history,
                new HBox(8, start, stop, progress), status, hits, new HBox(8, rotateHint, rotate));
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private static TableColumn<LeakHit, String> column(String title, double width,
                                                        Function<LeakHit, String> value) {
        TableColumn<LeakHit, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private void begin() {
        List<Path> roots = new ArrayList<>(folders.getItems());
        if (roots.isEmpty()) {
            status.setText("Add at least one folder first.");
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        running.set(cancelled);
        start.setDisable(true);
        stop.setDisable(false);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        hits.getItems().clear();
        status.setText("Scanning…");
        ScanRequest request = new ScanRequest(roots, history.isSelected(), ScanRequest.DEFAULT_MAX_FILE_SIZE,
                ScanRequest.DEFAULT_THREADS);
        try {
            executor.execute(() -> {
                try {
                    ScanReport r = scan.scan(request, p -> Platform.runLater(() -> showProgress(p)), cancelled::get);
                    Platform.runLater(() -> done(r));
                } catch (Exception e) {
                    Platform.runLater(() -> failed(ErrorMessages.of(e)));
                }
            });
        } catch (RejectedExecutionException stopping) {
            failed("Keysmith is closing; the scan did not start.");
        }
    }

    private void showProgress(ScanProgress p) {
        if (running.get() == null) {
            return;
        }
        progress.setProgress(p.bytesTotal() > 0 ? (double) p.bytesDone() / p.bytesTotal()
                : ProgressBar.INDETERMINATE_PROGRESS);
        status.setText(String.format(Locale.ROOT, "Scanning: %.0f of %.0f MB, %d of %d files%s", p.bytesDone() / 1e6,
                p.bytesTotal() / 1e6, p.filesDone(), p.filesTotal(), p.historyBytes() > 0
                        ? String.format(Locale.ROOT, ", %.0f MB of history", p.historyBytes() / 1e6) : ""));
    }

    private void done(ScanReport r) {
        running.set(null);
        start.setDisable(false);
        stop.setDisable(true);
        progress.setProgress(1);
        hits.getItems().setAll(r.hits());
        StringBuilder b = new StringBuilder();
        b.append(r.cancelled() ? "Stopped. " : "").append(r.hits().isEmpty()
                ? "No secret of the vault and no OKX credentials found. "
                : r.hits().size() + " place(s) found: rotate or revoke those keys, then remove the files or rewrite "
                + "the history. ");
        b.append(String.format(Locale.ROOT, "Read %d file(s), %.1f MB, and %d commit(s) in %d repository(ies)",
                r.filesScanned(), r.bytesScanned() / 1e6, r.commits(), r.repositories()));
        long skipped = r.binarySkipped() + r.hugeSkipped() + r.linksNotFollowed() + r.specialSkipped()
                + r.unreadable();
        if (skipped > 0) {
            b.append(String.format(Locale.ROOT, "; skipped %d binary, %d too large, %d links (not followed), "
                    + "%d special, %d unreadable", r.binarySkipped(), r.hugeSkipped(), r.linksNotFollowed(),
                    r.specialSkipped(), r.unreadable()));
        }
        b.append('.');
        r.notes().forEach(n -> b.append(' ').append(n));
        status.setText(b.toString());
    }

    private void failed(String message) {
        running.set(null);
        start.setDisable(false);
        stop.setDisable(true);
        progress.setProgress(0);
        status.setText(message);
    }

    private void cancel() {
        AtomicBoolean c = running.get();
        if (c != null) {
            c.set(true);
        }
    }
}
