package org.keysmith.ui.keys;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.keysmith.service.VaultSession;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Banners;
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
        Banners.layOut(bar, "saveProblemBanner", "error-box", text, "saveProblemText");
        retry = Banners.button("Try again", "saveProblemRetry", this::retry);
        retry.disableProperty().bind(background.busyProperty());
        Button dismiss = Banners.button("Dismiss", "saveProblemDismiss", this::hide);
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

}
