package org.keysmith.ui.unlock;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.keysmith.ui.common.Forms;

/**
 * Shown while the vault waits to lock: a key being created (or revoked, changed) on the exchange is finished and
 * saved before the secrets are wiped. Every window that showed a secret is already closed.
 */
public final class LockingPane {
    private final VBox box;

    public LockingPane() {
        Label title = new Label("Locking: finishing…");
        title.setId("lockingTitle");
        title.getStyleClass().add("page-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        Label why = Forms.wrapping(new Label("Keysmith is finishing work that was already under way on the exchange "
                + "and saving it to your vault; then it wipes every secret from memory. This usually takes a few "
                + "seconds."));
        box = new VBox(12, new HBox(10, busy, title), why);
        box.setId("lockingPane");
        box.setMaxWidth(420);
        box.setPadding(new Insets(40));
        box.setAlignment(Pos.CENTER_LEFT);
    }

    public Node node() {
        return box;
    }
}
