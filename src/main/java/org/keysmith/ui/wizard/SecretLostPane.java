package org.keysmith.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.keysmith.ui.common.Forms;
import org.keysmith.service.CreateResult;

/**
 * Shown when OKX created the key but its answer (with the secret) was lost: the secret can never be read
 * again, so the key is useless; it is in the key list marked "created, secret lost", where it can be revoked.
 */
final class SecretLostPane {
    private final VBox box;

    SecretLostPane(CreateKeyViewModel vm) {
        Label text = new Label();
        text.setId("secretLost");
        Forms.wrapping(text);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            CreateResult r = vm.creation().resultProperty().get();
            return r instanceof CreateResult.SecretLost ? ((CreateResult.SecretLost) r).explanation() : "";
        }, vm.creation().resultProperty()));
        box = new VBox(8, text);
        box.getStyleClass().add("warning-box");
        box.visibleProperty().bind(Bindings.isNotEmpty(text.textProperty()));
        box.managedProperty().bind(box.visibleProperty());
    }

    Node node() {
        return box;
    }
}
