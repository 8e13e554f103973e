package org.keysmith.ui.panic;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.RevokePlan;
import org.keysmith.service.guardian.PanicRevoke;
import org.keysmith.service.guardian.RevokePreview;
import org.keysmith.service.guardian.RevokeProgress;
import org.keysmith.service.guardian.RevokeReport;
import org.keysmith.service.guardian.RevokeScope;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.ErrorMessages;

/**
 * "Panic revoke…": the plan for every live key (what will be deleted, what only the website can delete), one
 * button to start, a line per key while it runs (off the FX thread, at OKX's one delete a second), and the report.
 * An interrupted panic revoke (crash, lock) is offered for resuming first. A check box, off by default, also freezes
 * the transfers out of every affected sub-account (an explicit choice: undoing it takes the OKX website). Closing
 * the window does not stop a running revoke: it goes on in the background and its outcome is in the vault and the
 * audit log.
 */
public final class PanicRevokeWindow {
    private final PanicRevoke panic;
    private final Executor executor;
    private final Runnable refresh;
    private final ListView<String> lines = new ListView<>();
    private final Label status = new Label("Reading the vault…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Button start = new Button("Revoke all");
    private final CheckBox freeze = new CheckBox();
    private Optional<RevokePlan> interrupted = Optional.empty();
    private RevokePreview preview;

    /** {@code refresh} runs on the FX thread after a run, so the key list shows the new statuses. */
    public PanicRevokeWindow(PanicRevoke panic, Executor executor, Runnable refresh) {
        this.panic = panic;
        this.executor = executor;
        this.refresh = refresh;
    }

    public void show(Window owner) {
        lines.setId("panicLines");
        status.setId("panicStatus");
        status.setWrapText(true);
        progress.setId("panicProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        start.setId("panicStart");
        start.getStyleClass().add("danger");
        start.setDisable(true);
        start.setOnAction(e -> begin());
        VBox.setVgrow(lines, Priority.ALWAYS);
        freeze.setId("panicFreeze");
        freeze.setWrapText(true);
        freeze.setVisible(false);
        freeze.managedProperty().bind(freeze.visibleProperty());
        freeze.selectedProperty().addListener((o, was, on) -> showFreezeLines(on));
        VBox box = new VBox(8, status, lines, freeze, new HBox(8, start, progress));
        box.setPadding(new Insets(4, 0, 0, 0));
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Panic revoke", box, ButtonType.CLOSE);
        d.setHeaderText("Delete every live key on the exchange now, for a suspected leak");
        d.getDialogPane().setPrefSize(760, 520);
        background(this::loadPlan);
        d.showAndWait();
    }

    private void loadPlan() {
        try {
            Optional<RevokePlan> unfinished = panic.interrupted();
            RevokePreview p = panic.preview(RevokeScope.everything());
            Platform.runLater(() -> showPlan(unfinished, p));
        } catch (Exception e) {
            Platform.runLater(() -> status.setText(ErrorMessages.of(e)));
        }
    }

    private void showPlan(Optional<RevokePlan> unfinished, RevokePreview p) {
        interrupted = unfinished;
        lines.getItems().clear();
        if (unfinished.isPresent()) {
            status.setText("A panic revoke of " + unfinished.get().scope() + " was interrupted with "
                    + unfinished.get().remaining() + " key(s) left. Resume it: keys already revoked are not sent "
                    + "again.");
            start.setText("Resume");
            start.setDisable(false);
            return;
        }
        p.toRevoke().forEach(e -> lines.getItems().add("Revoke   " + describe(e)));
        p.notYetNamed().forEach(e -> lines.getItems().add("Settle   " + e.name() + " (still being created: OKX is "
                + "asked first, then it is revoked)"));
        p.websiteOnly().forEach(e -> lines.getItems().add("Website  " + describe(e) + ": only the OKX website can "
                + "delete a main-account key"));
        preview = p;
        int n = p.toRevoke().size() + p.notYetNamed().size();
        if (!p.freezable().isEmpty() && n > 0) {
            freeze.setText("Also freeze transfers out of " + (p.freezable().size() == 1 ? "this sub-account"
                    : "these " + p.freezable().size() + " sub-accounts") + " first (OKX's set-transfer-out), so no "
                    + "funds leave them while the keys are deleted. Only the OKX website can allow transfers again.");
            freeze.setVisible(true);
        }
        if (n == 0) {
            status.setText(p.websiteOnly().isEmpty() ? "No live key in the vault: nothing to revoke."
                    : "Keysmith cannot delete these main-account keys; delete them on the OKX website (Profile > "
                    + "API), then mark them revoked.");
            return;
        }
        status.setText(n + " key(s) will be deleted on the exchange, one a second (OKX's limit). Every bot using "
                + "them stops at once. This cannot be undone.");
        start.setText("Revoke " + n + " key(s)");
        start.setDisable(false);
    }

    private void showFreezeLines(boolean on) {
        lines.getItems().removeIf(l -> l.startsWith("Freeze   "));
        if (on && preview != null) {
            int at = 0;
            for (RevokePreview.FreezeTarget t : preview.freezable()) {
                lines.getItems().add(at++, "Freeze   transfers out of " + t.where());
            }
        }
    }

    private static String describe(ApiKeyEntry e) {
        return e.name() + " (" + (e.subAccount() == null ? "main account" : "sub-account " + e.subAccount()) + ")";
    }

    private void begin() {
        start.setDisable(true);
        freeze.setDisable(true);
        boolean freezeTransfers = freeze.isVisible() && freeze.isSelected();
        lines.getItems().clear();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.setText("Revoking…");
        Optional<RevokePlan> resume = interrupted;
        background(() -> {
            try {
                RevokeProgress steps = new RevokeProgress() {
                    @Override
                    public void step(int done, int total, String name, RevokePlan.Outcome outcome) {
                        PanicRevokeWindow.this.step(done, total, name, outcome);
                    }

                    @Override
                    public void frozen(String where, RevokePlan.Outcome outcome) {
                        String line = where + ": " + (outcome.kind() == RevokePlan.Kind.FROZEN
                                ? "transfers out frozen" : "freeze FAILED — " + outcome.detail());
                        Platform.runLater(() -> lines.getItems().add(line));
                    }
                };
                RevokeReport r = resume.isPresent()
                        ? panic.resume(resume.get().id(), steps)
                        : panic.start(RevokeScope.everything(), freezeTransfers, steps);
                Platform.runLater(() -> done(r));
            } catch (Exception e) {
                Platform.runLater(() -> {
                    status.setText(ErrorMessages.of(e));
                    refresh.run();
                });
            }
        });
    }

    private void step(int done, int total, String name, RevokePlan.Outcome outcome) {
        String line = name + ": " + switch (outcome.kind()) {
            case REVOKED -> "revoked";
            case ALREADY_GONE -> "already gone";
            case FAILED -> "FAILED — " + outcome.detail();
            case FROZEN -> outcome.detail();
        };
        Platform.runLater(() -> {
            lines.getItems().add(line);
            progress.setProgress(total == 0 ? 1 : (double) done / total);
        });
    }

    private void done(RevokeReport r) {
        progress.setProgress(1);
        r.failed().forEach(l -> lines.getItems().add("Failed   " + l.name() + " (" + l.where() + "): " + l.detail()));
        r.websiteOnly().forEach(l -> lines.getItems().add("Website  " + l.name() + ": " + l.detail()));
        r.freezeFailed().forEach(l -> lines.getItems().add("Not frozen " + l.where() + ": " + l.detail()));
        String summary = r.revoked().size() + " revoked, " + r.alreadyGone().size() + " already gone, "
                + r.failed().size() + " failed, " + r.websiteOnly().size() + " for the website."
                + (r.frozen().isEmpty() && r.freezeFailed().isEmpty() ? "" : " Transfers out frozen on "
                + r.frozen().size() + " sub-account(s)" + (r.freezeFailed().isEmpty() ? "." : ", "
                + r.freezeFailed().size() + " freeze(s) failed: freeze them on the OKX website."));
        status.setText(r.interrupted().isEmpty() ? summary
                + (r.failed().isEmpty() ? "" : " The failed keys are still live: fix the cause and run it again.")
                : summary + " " + r.interrupted());
        refresh.run();
    }

    private void background(Runnable work) {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException stopping) {
            status.setText("Keysmith is closing; nothing was revoked.");
        }
    }
}
