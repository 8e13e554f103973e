package org.keysmith.ui.keys;

import org.keysmith.ui.keys.table.KeyTable;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.keysmith.ui.UiServices;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Reauth;
import org.keysmith.ui.common.SecretWindows;
import org.keysmith.ui.guardian.IpBanner;
import org.keysmith.ui.wizard.WizardFactory;
import java.util.function.Consumer;
import javafx.scene.layout.VBox;

/** The unlocked main window: toolbar, key table with a details pane, status bar. */
final class KeysPane {
    private final BorderPane root = new BorderPane();
    private final KeysViewModel vm;
    private final KeyActions actions;
    private final Runnable stopRotationNews;
    private final SaveProblemBanner saveProblem;
    private final IpBanner ipBanner;

    /** {@code news} shows a message that may come after the pane is gone (a create that finished during a lock). */
    KeysPane(UiServices s, SecretWindows windows, Runnable lock, Consumer<String> news) {
        KeyTable table = new KeyTable();
        vm = new KeysViewModel(s.keys(), s.rotation(), s.connections(), new Background(s.executor()), s.clock(),
                table::replaceRows);
        Reauth reauth = new Reauth(s.session(), windows);
        WizardFactory wizards = new WizardFactory(s.keys(), s.clipboard(), s.publicIp(), s.executor(), windows,
                reauth, news);
        actions = new KeyActions(vm, table, wizards, s, windows, reauth, lock);
        KeyDetails details = new KeyDetails(s.keys(), s.deployments(), s.slots(), s.keepAlive(),
                new Background(s.executor()));
        table.selectedKey().addListener((o, was, now) -> details.show(now));
        SplitPane split = new SplitPane(table.view(), details.node());
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(details.node(), false);
        root.setId("keysPane");
        ExpiryBanner expiry = new ExpiryBanner(actions);
        saveProblem = new SaveProblemBanner(s.session(), new Background(s.executor()));
        ipBanner = new IpBanner(s.ipGuardian(), s.guardianTimer(), new Background(s.executor()), reauth,
                vm::reloadKeys);
        VaultNoticesBanner notices = new VaultNoticesBanner(s.session().unlockNotices());
        root.setTop(new VBox(new KeyToolbar(table, vm, actions).node(), saveProblem.node(), notices.node(),
                ipBanner.node(), expiry.node()));
        root.setCenter(split);
        Label status = new Label();
        status.setId("statusBar");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(vm.statusProperty().concat("   ·   Vault: " + s.session().file()));
        root.setBottom(status);
        KeyMenu.install(table, root, actions);
        Runnable stopRotations = s.rotationTimer().onResult(lines -> Platform.runLater(
                () -> vm.reloadKeys(String.join(" ", lines))));
        Runnable stopKeepAlive = s.guardianTimer().onNews(r -> {
            if (!r.keptAlive().isEmpty()) {
                Platform.runLater(() -> vm.reloadKeys("Keep-alive: " + String.join("; ", r.keptAlive()) + "."));
            }
        });
        stopRotationNews = () -> {
            stopRotations.run();
            stopKeepAlive.run();
        };
        vm.refresh(entries -> {
            expiry.check(entries, vm.clock().instant());
            actions.resumeRotations();
        });
    }

    /** Shows {@code message} in the status line and reloads the list. */
    void news(String message) {
        vm.reloadKeys(message);
    }

    Node node() {
        return root;
    }

    /** Closes the pane's dialogs (before the vault is locked). */
    void close() {
        stopRotationNews.run();
        saveProblem.close();
        ipBanner.close();
        actions.closeWindows();
    }
}
