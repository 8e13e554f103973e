package org.keysmith.ui.keys;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.keysmith.service.VaultSession;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Forms;

/**
 * Shown while the vault could not be saved (a full disk, a folder Keysmith may not write, the file changed by
 * another program), whichever save failed: a change, a background save of audit events, a created key. It stays
 * until a save works ("Try again", or any later save) or the user dismisses it; a later failure shows it again.
 * The status line alone was overwritten by the next message, and a background save's failure was only logged.
 */
final class SaveProblemBanner {
    private final HBox bar = new HBox(10);
    private final Label text = Forms.wrapping(new Label());
    private final Button retry;
    private final VaultSession session;
    private final Background background;
    private final Runnable stopHearing;

    SaveProblemBanner(VaultSession session, Background background) {
        this.session = session;
        this.background = background;
        bar.setId("saveProblemBanner");
        bar.getStyleClass().add("error-box");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        text.setId("saveProblemText");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        retry = button("Try again", "saveProblemRetry", this::retry);
        retry.disableProperty().bind(background.busyProperty());
        Button dismiss = button("Dismiss", "saveProblemDismiss", this::hide);
        bar.getChildren().addAll(text, retry, dismiss);
        hide();
        stopHearing = session.onSaveProblem(problem -> MainWindow.onFx(() -> show(problem, false)));
        show(session.saveProblem(), false);
    }

    private void show(Optional<String> problem, boolean again) {
        if (problem.isEmpty()) {
            hide();
            return;
        }
        text.setText((again ? "Still not saved" : "Not saved") + " to your vault: " + problem.get()
                + " Your latest changes are kept in this window only, and Keysmith saves them with the next save "
                + "that works; locking or closing Keysmith before then loses them.");
        bar.setVisible(true);
        bar.setManaged(true);
    }

    private void retry() {
        background.run(() -> {
            session.save();
            return null;
        }, done -> show(session.saveProblem(), false),
                failed -> show(session.saveProblem(), true));
    }

    private void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
    }

    Node node() {
        return bar;
    }

    /** Stops listening to the session (the key list is closing). */
    void close() {
        stopHearing.run();
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
