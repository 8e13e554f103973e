package org.keysmith.ui.keys;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.keysmith.ui.common.Banners;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.ExpiryRadar;
import org.keysmith.ui.common.Forms;

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
        Banners.layOut(bar, "expiryBanner", "warning-box", text, "expiryText");
        Button verify = Banners.button("Verify now", "expiryVerify", () -> actions.verifyAll(dueKeys, this::hide));
        Button bind = Banners.button("Add IP binding…", "expiryAddIp", () -> actions.edit(bar, dueKeys.get(0)));
        Button dismiss = Banners.button("Dismiss", "expiryDismiss", this::hide);
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

}
