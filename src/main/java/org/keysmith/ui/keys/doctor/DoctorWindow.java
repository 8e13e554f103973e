package org.keysmith.ui.keys.doctor;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.guardian.doctor.DoctorCheck;
import org.keysmith.service.guardian.doctor.DoctorReport;
import org.keysmith.service.guardian.doctor.KeyDoctor;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.ErrorMessages;

/**
 * The key menu's "Doctor…": runs {@link KeyDoctor} for one vault key off the FX thread and shows each check with
 * its verdict (faults in red, warnings in the warning colour), a summary line and "Check again". The window is
 * centred on its owner. It never shows a secret: the report holds none.
 */
public final class DoctorWindow {
    private final KeyDoctor doctor;
    private final Executor executor;
    private final GridPane checks = new GridPane();
    private final Label summary = new Label("Checking…");
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Button again = new Button("Check again");
    private Window owner;

    public DoctorWindow(KeyDoctor doctor, Executor executor) {
        this.doctor = doctor;
        this.executor = executor;
    }

    public void show(Window ownerWindow, ApiKeyEntry key) {
        owner = ownerWindow;
        checks.setId("doctorChecks");
        checks.setHgap(12);
        checks.setVgap(8);
        summary.setId("doctorSummary");
        summary.setWrapText(true);
        busy.setPrefSize(22, 22);
        again.setId("doctorAgain");
        again.setOnAction(e -> run(key));
        HBox bottom = new HBox(10, again, busy, summary);
        HBox.setHgrow(summary, Priority.ALWAYS);
        VBox box = new VBox(12, checks, bottom);
        box.setPadding(new Insets(4, 0, 0, 0));
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Doctor: " + key.name(), box, ButtonType.CLOSE);
        d.setHeaderText("What OKX says about \"" + key.name() + "\", checked read-only");
        d.getDialogPane().setPrefWidth(720);
        d.setOnShown(e -> centreOn(owner, d.getDialogPane().getScene().getWindow()));
        run(key);
        d.showAndWait();
    }

    private void run(ApiKeyEntry key) {
        again.setDisable(true);
        busy.setVisible(true);
        summary.setText("Checking the clock, the site, the credentials, the IP binding and the permissions…");
        try {
            executor.execute(() -> {
                try {
                    DoctorReport r = doctor.examine(key.id());
                    Platform.runLater(() -> show(r));
                } catch (Exception ex) {
                    Platform.runLater(() -> failed(ErrorMessages.of(ex)));
                }
            });
        } catch (RejectedExecutionException stopping) {
            failed("Keysmith is closing; nothing was checked.");
        }
    }

    private void show(DoctorReport r) {
        checks.getChildren().clear();
        int row = 0;
        for (DoctorCheck c : r.checks()) {
            Label verdict = new Label(verdict(c.verdict()));
            verdict.setId("doctorVerdict-" + c.topic().name());
            verdict.setMinWidth(70);
            Label topic = new Label(c.topic().label());
            topic.setMinWidth(90);
            Label text = new Label(c.message());
            text.setWrapText(true);
            text.setMaxWidth(520);
            if (c.verdict() == DoctorCheck.Verdict.FAULT) {
                verdict.getStyleClass().add("field-error");
                text.getStyleClass().add("field-error");
            } else if (c.verdict() == DoctorCheck.Verdict.WARNING) {
                verdict.getStyleClass().add("doctor-warning");
            }
            checks.addRow(row++, verdict, topic, text);
        }
        summary.setText(r.hasFault() ? r.faults().size() + " fault(s): fix them, then check again."
                : "No fault" + (r.workingSite().isEmpty() ? "." : ": the key works on " + r.workingSite() + "."));
        done();
    }

    private void failed(String message) {
        checks.getChildren().clear();
        summary.setText(message);
        done();
    }

    private void done() {
        busy.setVisible(false);
        again.setDisable(false);
        Window w = summary.getScene() == null ? null : summary.getScene().getWindow();
        if (w != null) {
            w.sizeToScene();
            centreOn(owner, w);
        }
    }

    private static String verdict(DoctorCheck.Verdict v) {
        return switch (v) {
            case OK -> "OK";
            case WARNING -> "Warning";
            case FAULT -> "FAULT";
        };
    }

    private static void centreOn(Window owner, Window w) {
        if (owner == null || w == null) {
            return;
        }
        w.setX(owner.getX() + (owner.getWidth() - w.getWidth()) / 2);
        w.setY(owner.getY() + Math.max(0, (owner.getHeight() - w.getHeight()) / 2));
    }
}
