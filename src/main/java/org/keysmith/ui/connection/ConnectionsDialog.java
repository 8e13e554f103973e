package org.keysmith.ui.connection;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.keysmith.domain.Connection;
import org.keysmith.service.ConnectionCheck;
import org.keysmith.service.ConnectionService;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Dialogs;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.Reauth;
import javafx.scene.layout.Region;

/**
 * The exchange accounts: the built-in Sandbox (always there, not editable) and your OKX accounts, each with its
 * master key kept in the vault. "Test connection" asks OKX whether the master key can manage sub-account keys.
 */
public final class ConnectionsDialog {
    private final ConnectionService connections;
    private final Background background;
    private final ListView<Connection> list = new ListView<>();
    private final ConnectionForm form = new ConnectionForm();
    private final Label result = new Label();
    private final Reauth reauth;
    private final Button deleteBackups = new Button("Delete backups");

    public ConnectionsDialog(ConnectionService connections, Background background, Reauth reauth) {
        this.connections = connections;
        this.reauth = reauth;
        this.background = background;
    }

    public void show(Window owner) {
        list.setId("connectionList");
        list.setPrefWidth(250);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Connection c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            result.setText("");
            form.show(now);
        });
        result.setId("connResult");
        Forms.wrapping(result);
        VBox left = new VBox(8, list, buttons());
        left.setMinWidth(250);
        Dialog<ButtonType> d = Dialogs.dialog(owner, "Connections", new HBox(14, left,
                new VBox(10, form.node(), result)), ButtonType.CLOSE);
        d.setHeaderText("Exchange connections");
        d.getDialogPane().getStyleClass().add("wide-dialog");
        d.getDialogPane().setPrefWidth(800);
        Dialogs.growWithContent(d);
        d.getDialogPane().setPadding(new Insets(6));
        d.setOnHidden(e -> form.clearSecrets());
        reload(null, () -> { });
        form.show(null);
        d.showAndWait();
    }

    private VBox buttons() {
        Button add = button("New", "connNew", () -> {
            list.getSelectionModel().clearSelection();
            form.show(null);
        });
        Button save = button("Save", "connSave", () -> form.read().ifPresent(c ->
                reauth.run(background, () -> {
                    connections.save(c);
                    return c;
                }, saved -> {
                    form.clearSecrets();
                    reload(saved.id(), () -> result.setText("Saved \"" + saved.name() + "\"."));
                }, form::showError)));
        Button test = button("Test connection", "connTest", () -> form.read().ifPresent(c ->
                background.run(() -> connections.test(c), this::showCheck, form::showError)));
        Button remove = button("Remove", "connRemove", () -> {
            Connection c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                background.run(() -> connections.remove(c.id()), backups -> reload(null, () -> {
                    form.show(null);
                    removed(c, backups);
                }), form::showError);
            }
        });
        deleteBackups.setId("connDeleteBackups");
        deleteBackups.setMaxWidth(Double.MAX_VALUE);
        deleteBackups.setMinWidth(Region.USE_PREF_SIZE);
        deleteBackups.setVisible(false);
        deleteBackups.managedProperty().bind(deleteBackups.visibleProperty());
        deleteBackups.setOnAction(e -> background.run(connections::deleteBackups, left -> {
            deleteBackups.setVisible(false);
            result.getStyleClass().setAll("label", left.isEmpty() ? "rule-met" : "warning-box");
            result.setText(left.isEmpty() ? "Deleted the vault's backups; the next session that changes the vault "
                    + "starts new ones." : "Could not delete " + left + ". Delete them yourself (another program may "
                    + "be holding them open).");
        }, form::showError));
        ProgressIndicator busy = Forms.showWhen(new ProgressIndicator(), background.busyProperty());
        busy.setPrefSize(20, 20);
        return new VBox(6, add, save, test, remove, deleteBackups, busy);
    }

    /** After a removal: the master key is gone from the vault file, but the backups may still hold it (L10). */
    private void removed(Connection c, List<Path> backups) {
        result.getStyleClass().setAll("label", backups.isEmpty() ? "rule-met" : "warning-box");
        if (backups.isEmpty()) {
            result.setText("Removed \"" + c.name() + "\" and wiped its master key from the vault.");
            return;
        }
        result.setText("Removed \"" + c.name() + "\" and wiped its master key from the vault file. The vault's "
                + backups.size() + " backup" + (backups.size() == 1 ? "" : "s") + " (its earlier versions) may still "
                + "hold that master key: " + backups + ". \"Delete backups\" removes them.");
        deleteBackups.setVisible(true);
    }

    private void showCheck(ConnectionCheck check) {
        result.getStyleClass().setAll("label", check.isReady() ? "rule-met" : "warning-box");
        result.setText(check.summary() + (check.isReady() ? " Ready to manage sub-account keys."
                : "\n• " + String.join("\n• ", check.problems())));
    }

    /** Reloads the list; selects {@code select} if given, otherwise leaves the form as the user has it. */
    private void reload(String select, Runnable then) {
        background.run(connections::all, (List<Connection> all) -> {
            list.getItems().setAll(all);
            all.stream().filter(c -> c.id().equals(select)).findFirst().ifPresent(c -> list.getSelectionModel()
                    .select(c));
            then.run();
        }, form::showError);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
