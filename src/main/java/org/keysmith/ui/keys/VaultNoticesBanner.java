package org.keysmith.ui.keys;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.keysmith.ui.common.Banners;
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
        Banners.layOut(bar, "vaultNotices", "warning-box", text, "vaultNoticesText");
        bar.getChildren().addAll(text, Banners.button("Dismiss", "vaultNoticesDismiss", () -> show(false)));
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
