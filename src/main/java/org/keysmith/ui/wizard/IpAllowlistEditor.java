package org.keysmith.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.ui.common.Forms;

/** The IP allowlist text area with its "n / 20" counter, "Add my current IP" and the 14-day warning. */
final class IpAllowlistEditor {
    private final VBox box;

    IpAllowlistEditor(CreateKeyViewModel vm, CurrentIpModel currentIp) {
        TextArea ips = new TextArea();
        ips.setId("ipAllowlist");
        ips.setPromptText("One per line, or separated by commas: 203.0.113.7, 2001:db8::1, 198.51.100.0/24");
        ips.setPrefRowCount(3);
        ips.textProperty().bindBidirectional(vm.ipTextProperty());
        Label count = new Label();
        count.setId("ipCount");
        count.getStyleClass().add("field-hint");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> IpAllowlist.countEntries(ips.getText()) + " / " + IpAllowlist.MAX_ENTRIES, ips.textProperty()));
        Button addMine = new Button("Add my current IP");
        addMine.setId("addMyIp");
        addMine.setTooltip(new Tooltip(currentIp.explanation()));
        addMine.disableProperty().bind(currentIp.busyProperty());
        addMine.setOnAction(e -> currentIp.find(ip -> vm.ipTextProperty().set(append(vm.ipTextProperty().get(), ip))));
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), currentIp.busyProperty());
        busy.setPrefSize(20, 20);
        Label warning = Forms.showWhen(new Label(IpAllowlist.IDLE_WARNING), vm.tradeProperty()
                .and(Bindings.createBooleanBinding(() -> IpAllowlist.countEntries(ips.getText()) == 0,
                        ips.textProperty())));
        warning.setId("idleWarning");
        warning.getStyleClass().add("warning-box");
        Forms.wrapping(warning);
        box = Forms.row(Forms.label("_IP allowlist (optional, up to 20)", ips), ips,
                new HBox(8, count, addMine, busy),
                Forms.error("ipError", vm.error(Field.IPS)),
                Forms.error("currentIpError", currentIp.errorProperty()), warning);
    }

    static String append(String text, String ip) {
        if (text == null || text.isBlank()) {
            return ip;
        }
        return text.endsWith("\n") ? text + ip : text + "\n" + ip;
    }

    Node node() {
        return box;
    }
}
