package org.keysmith.ui.guardian;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.guardian.ip.IpChange;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;

/** "Re-bind keys to the new address": the keys, the overlap to keep the old address for, and the answer. */
final class IpRebindDialog {
    /** The overlaps offered; 24 hours first. */
    static final List<Duration> OVERLAPS = List.of(Duration.ofHours(24), Duration.ofHours(1), Duration.ofDays(3),
            Duration.ofDays(7));

    private IpRebindDialog() {
    }

    /** The chosen overlap, or empty when the user cancelled. */
    static Optional<Duration> ask(Window owner, IpChange change) {
        ListView<String> keys = new ListView<>();
        keys.setId("ipRebindKeys");
        keys.setPrefHeight(140);
        for (ApiKeyEntry e : change.affected()) {
            keys.getItems().add(e.name() + " (sub-account " + e.subAccount() + "): " + e.ips().toText());
        }
        ComboBox<Duration> overlap = new ComboBox<>();
        overlap.setId("ipRebindOverlap");
        overlap.getItems().addAll(OVERLAPS);
        overlap.getSelectionModel().selectFirst();
        overlap.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : d.toDays() >= 1 ? d.toDays() + (d.toDays() == 1 ? " day" : " days")
                        : d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        Label intro = Forms.wrapping(new Label("Keysmith adds " + change.newIp() + " to each of these keys on OKX and "
                + "keeps " + change.oldIp() + " on them for the time you choose, then takes it off (on a later "
                + "check while Keysmith is unlocked). A key is never left without an IP address."));
        VBox box = new VBox(8, intro, keys, new Label("Keep the old address for:"), overlap);
        ButtonType ok = new ButtonType("Re-bind", ButtonBar.ButtonData.OK_DONE);
        Dialog<Duration> d = Dialogs.dialog(owner, "Re-bind keys to the new address", box, ok, ButtonType.CANCEL);
        d.setHeaderText("This computer's public IP address changed");
        d.setResultConverter(b -> b == ok ? overlap.getValue() : null);
        return d.showAndWait();
    }
}
