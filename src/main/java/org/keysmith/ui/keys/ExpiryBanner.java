package org.keysmith.ui.keys;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.ExpiryRadar;
import org.keysmith.ui.common.Forms;
import javafx.scene.layout.Region;

/**
 * Shown on unlock when OKX may delete keys within three days (live Trade keys without IP binding, unused for
 * almost 14 days): names them and offers "Verify now" (a signed call with each key restarts OKX's idle clock) and
 * "Add IP binding…" (edit the first of them).
 */
final class ExpiryBanner {
    private final HBox bar = new HBox(10);
    private final Label text = Forms.wrapping(new Label());
    private List<ApiKeyEntry> dueKeys = List.of();

    ExpiryBanner(KeyActions actions) {
        bar.setId("expiryBanner");
        bar.getStyleClass().add("warning-box");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        text.setId("expiryText");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button verify = button("Verify now", "expiryVerify", () -> actions.verifyAll(dueKeys, this::hide));
        Button bind = button("Add IP binding…", "expiryAddIp", () -> actions.edit(bar, dueKeys.get(0)));
        Button dismiss = button("Dismiss", "expiryDismiss", this::hide);
        bar.getChildren().addAll(text, verify, bind, dismiss);
        hide();
    }

    /** Shows the banner when any of {@code entries} is due; hides it otherwise. */
    void check(List<ApiKeyEntry> entries, Instant now) {
        dueKeys = ExpiryRadar.dueSoon(entries, now);
        if (dueKeys.isEmpty()) {
            hide();
            return;
        }
        text.setText("OKX may soon delete " + dueKeys.size() + " unused key(s) that can trade without an IP binding: "
                + dueKeys.stream().map(e -> e.name() + " (" + ExpiryRadar.badge(e, now).orElse("") + ")")
                .collect(Collectors.joining(", ")) + ". Verify them now, or bind them to your bots' IP addresses.");
        bar.setVisible(true);
        bar.setManaged(true);
    }

    private void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
    }

    Node node() {
        return bar;
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
