package org.keysmith.ui.guardian;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.keysmith.service.guardian.GuardianTimer;
import org.keysmith.service.guardian.ip.IpChange;
import org.keysmith.service.guardian.ip.IpGuardian;
import org.keysmith.service.guardian.ip.IpRound;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Banners;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.Reauth;

/**
 * The IP guardian in the main window: when a round finds that this computer's public address changed, names the
 * keys bound to the old one and offers "Re-bind…" ({@link IpRebindDialog}) or "Keep as they are"; when a round took
 * an old address off keys after its overlap, says so. Rounds run in the background ({@link GuardianTimer}); this
 * only shows what they found, on the FX thread.
 */
public final class IpBanner {
    private final HBox bar = new HBox(10);
    private final Label text = Forms.wrapping(new Label());
    private final Button rebind;
    private final Button keep;
    private final IpGuardian guardian;
    private final GuardianTimer timer;
    private final Background background;
    private final Reauth reauth;
    private final Consumer<String> news;
    private final Runnable stopHearing;
    private IpChange change;

    /** {@code news} gets a line for the status bar after the keys changed (and reloads the list). */
    public IpBanner(IpGuardian guardian, GuardianTimer timer, Background background, Reauth reauth,
                    Consumer<String> news) {
        this.guardian = guardian;
        this.timer = timer;
        this.background = background;
        this.reauth = reauth;
        this.news = news;
        Banners.layOut(bar, "ipBanner", "warning-box", text, "ipBannerText");
        rebind = Banners.button("Re-bind…", "ipRebind", this::rebind);
        keep = Banners.button("Keep as they are", "ipKeep", this::keep);
        Button dismiss = Banners.button("Dismiss", "ipDismiss", this::hide);
        rebind.disableProperty().bind(background.busyProperty());
        keep.disableProperty().bind(background.busyProperty());
        bar.getChildren().addAll(text, rebind, keep, dismiss);
        hide();
        stopHearing = timer.onNews(r -> Platform.runLater(() -> show(r.ip())));
        timer.latest().ifPresent(r -> show(r.ip()));
    }

    private void show(IpRound r) {
        List<String> lines = new ArrayList<>();
        Optional<IpChange> first = r.changes().stream().findFirst();
        change = first.orElse(null);
        first.ifPresent(c -> lines.add(c.describe() + " Add the new address to them? The old one can stay for a "
                + "while, so bots still running from it keep working."));
        if (!r.removed().isEmpty()) {
            lines.add("IP guardian: " + String.join("; ", r.removed()) + ".");
            news.accept("IP guardian: " + String.join("; ", r.removed()) + ".");
        }
        r.problems().forEach(lines::add);
        if (lines.isEmpty()) {
            return;
        }
        text.setText(String.join(" ", lines));
        rebind.setVisible(change != null);
        rebind.setManaged(change != null);
        keep.setVisible(change != null);
        keep.setManaged(change != null);
        bar.setVisible(true);
        bar.setManaged(true);
    }

    private void rebind() {
        IpChange c = change;
        if (c == null) {
            return;
        }
        IpRebindDialog.ask(bar.getScene().getWindow(), c).ifPresent(overlap -> {
            text.setText("Re-binding " + c.affected().size() + " key(s)…");
            reauth.run(background, () -> guardian.rebind(c, overlap), report -> {
                hide();
                news.accept("Re-bound " + String.join(", ", report.rebound()) + " to " + c.newIp() + "; "
                        + c.oldIp() + " comes off at " + report.removeAfter() + "."
                        + (report.failed().isEmpty() ? "" : " Not re-bound: " + String.join("; ", report.failed())));
                timer.runNow();
            }, text::setText);
        });
    }

    private void keep() {
        IpChange c = change;
        background.run(() -> {
            guardian.dismiss(c);
            return null;
        }, done -> hide(), text::setText);
    }

    private void hide() {
        change = null;
        bar.setVisible(false);
        bar.setManaged(false);
    }

    public Node node() {
        return bar;
    }

    /** Stops listening to the timer (the key list is closing). */
    public void close() {
        stopHearing.run();
    }

}
