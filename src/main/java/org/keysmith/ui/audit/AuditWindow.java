package org.keysmith.ui.audit;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.keysmith.service.AuditLog;
import org.keysmith.service.HygieneReport;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;

/** The audit log (filter, export as CSV) and the hygiene report across connections, in two tabs. */
public final class AuditWindow {
    private final AuditLog log;
    private final HygieneReport hygiene;
    private final Background background;

    public AuditWindow(AuditLog log, HygieneReport hygiene, Background background) {
        this.log = log;
        this.hygiene = hygiene;
        this.background = background;
    }

    public void show(Window owner) {
        TabPane tabs = new TabPane(new Tab("Audit log", new AuditLogPane(log, background).node()),
                new Tab("Hygiene", new HygienePane(hygiene, background).node()));
        tabs.setId("auditTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(900, 520);
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Audit and hygiene", tabs, ButtonType.CLOSE);
        d.setHeaderText("What happened to your keys, and what to tidy up");
        d.getDialogPane().setPrefSize(940, 640);
        d.getDialogPane().getStyleClass().add("wide-dialog");
        d.showAndWait();
    }
}
