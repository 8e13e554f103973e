package org.keysmith.ui.keys;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.keysmith.ui.common.Forms;

/**
 * What opening the vault had to tell the user, shown once the key list appears until dismissed: wrong master
 * passwords tried since the last unlock, an older file than this computer saw, leftover copies deleted, side files
 * ignored, a folder others can write to. Only the command line printed them before.
 */
final class VaultNoticesBanner {
    private final HBox bar = new HBox(10);
    private final Label text = Forms.wrapping(new Label());

    VaultNoticesBanner(List<String> notices) {
        bar.setId("vaultNotices");
        bar.getStyleClass().add("warning-box");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        text.setId("vaultNoticesText");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("vaultNoticesDismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> show(false));
        bar.getChildren().addAll(text, dismiss);
        text.setText(String.join("\n", notices));
        show(!notices.isEmpty());
    }

    private void show(boolean shown) {
        bar.setVisible(shown);
        bar.setManaged(shown);
    }

    Node node() {
        return bar;
    }
}
