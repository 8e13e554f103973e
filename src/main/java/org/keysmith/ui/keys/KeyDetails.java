package org.keysmith.ui.keys;

import org.keysmith.ui.keys.table.KeyRow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditEvent;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Slot;
import org.keysmith.service.Deployments;
import org.keysmith.service.Slots;
import java.util.List;
import org.keysmith.domain.ExpiryRadar;
import org.keysmith.service.KeyService;
import org.keysmith.service.guardian.KeepAlive;
import org.keysmith.ui.common.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Forms;
import java.util.Locale;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** The selected key in full, and what happened to it (its audit events). */
final class KeyDetails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final KeyService keys;
    private final Deployments deployments;
    private final Slots slots;
    private final KeepAlive keepAlive;
    private final Background background;
    private final GridPane fields = new GridPane();
    private final ListView<String> history = new ListView<>();
    private final VBox box;

    KeyDetails(KeyService keys, Deployments deployments, Slots slots, KeepAlive keepAlive,
               Background background) {
        this.keys = keys;
        this.deployments = deployments;
        this.slots = slots;
        this.keepAlive = keepAlive;
        this.background = background;
        fields.setId("keyDetails");
        fields.setHgap(10);
        fields.setVgap(4);
        history.setId("keyHistory");
        history.setPlaceholder(new Label("Select a key to see its details."));
        history.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        VBox.setVgrow(history, Priority.ALWAYS);
        Label title = new Label("History");
        title.getStyleClass().add("field-hint");
        box = new VBox(10, fields, title, history);
        box.setPadding(new Insets(10));
        box.setMinWidth(260);
    }

    void show(KeyRow row) {
        fields.getChildren().clear();
        history.getItems().clear();
        if (row == null) {
            return;
        }
        ApiKeyEntry e = row.entry();
        int r = 0;
        add(r++, "Name", e.name());
        add(r++, "Description", e.description().isBlank() ? "—" : e.description());
        add(r++, "Status", row.status());
        add(r++, "API key", e.apiKey());
        add(r++, "Secret",
                e.hasSecret() ? "in the vault (Copy secret asks for the master password)" : "not in the vault");
        add(r++, "Sub-account", row.subAccount());
        add(r++, "Permissions", row.permissions());
        add(r++, "IP allowlist", row.ips());
        add(r++, "Type", e.type().label());
        add(r++, "Site", row.site() + " · " + row.mode());
        add(r++, "Created", row.format(e.created()));
        add(r++, "Last verified", row.format(e.lastVerified()));
        if (e.revokedAt() != null) {
            add(r++, "Revoked", row.format(e.revokedAt()));
        }
        if (KeepAlive.notApplicable(e).isEmpty()) {
            keepAliveRow(r++, e);
        }
        add(r++, "Actions", KeyActionRule.summary(row));
        Label slotsLabel = add(r++, "Slots", "…");
        Label deployed = add(r, "Deployments", "…");
        background.run(() -> new Uses(slots.of(e.id()), deployments.of(e.id()), keys.history(e.id())), uses -> {
            slotsLabel.setText(uses.slots().isEmpty() ? "none (keysmith slot set NAME --key " + e.name() + ")"
                    : String.join(", ", uses.slots().stream().map(Slot::name).toList()));
            deployed.setText(uses.deployments().isEmpty() ? "not run or exported yet"
                    : String.join("\n", uses.deployments().stream().map(KeyDetails::deployment).toList()));
            uses.history().forEach(a -> history.getItems().add(line(a)));
        }, message -> history.getItems().setAll(message));
    }

    /** What the background read for the selected key. */
    private record Uses(List<Slot> slots, List<Deployment> deployments, List<AuditEvent> history) {
    }

    /** "gridbot@vps-fra1: freqtrade via run on vps-fra1, last 2026-12-08 10:00:00". */
    private static String deployment(Deployment d) {
        return d.name() + ": " + (d.consumer().isEmpty() ? "" : d.consumer() + " ") + "via " + d.via().label()
                + (d.host().isEmpty() ? "" : " on " + d.host()) + ", last "
                + TIME.format(d.lastUsed().atZone(ZoneId.systemDefault()));
    }

    /**
     * "Keep alive": off by default; turning it on explains the risk first. Only for keys OKX may delete when idle
     * (live, Trade or Withdraw, no IP binding) whose secret the vault holds.
     */
    private void keepAliveRow(int row, ApiKeyEntry e) {
        Label name = new Label("Keep alive");
        name.getStyleClass().add("field-hint");
        name.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox box = new CheckBox("a read every " + ExpiryRadar.KEEP_ALIVE_EVERY.toDays() + " days, so OKX does "
                + "not delete it when idle");
        box.setId("keepAliveToggle");
        box.setWrapText(true);
        box.setMaxWidth(320);
        box.setDisable(true);
        fields.addRow(row, name, box);
        background.run(() -> keepAlive.isOn(e.id()), on -> {
            box.setSelected(on);
            box.setDisable(false);
        }, message -> box.setText(message));
        box.setOnAction(ev -> {
            boolean on = box.isSelected();
            if (on && Dialogs.alert(box.getScene().getWindow(), Alert.AlertType.CONFIRMATION,
                    "Keep " + e.name() + " alive?", KeepAlive.RISK + " Turn keep-alive on?", ButtonType.OK,
                    ButtonType.CANCEL).showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                box.setSelected(false);
                return;
            }
            box.setDisable(true);
            background.run(() -> keepAlive.set(e.id(), on), done -> box.setDisable(false), message -> {
                box.setSelected(!on);
                box.setDisable(false);
                box.setText(message);
            });
        });
    }

    private Label add(int row, String title, String value) {
        Label name = new Label(title);
        name.getStyleClass().add("field-hint");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = Forms.wrapping(new Label(value));
        text.setId("detail" + title.replace(" ", ""));
        text.setMaxWidth(320);
        fields.addRow(row, name, text);
        return text;
    }

    private static String line(AuditEvent a) {
        String what = a.action().name().toLowerCase(Locale.ROOT).replace("key_", "").replace('_', ' ');
        return TIME.format(a.at().atZone(ZoneId.systemDefault())) + "  " + what + (a.detail().isBlank() ? "" : ": "
                + a.detail());
    }

    Node node() {
        return box;
    }
}
