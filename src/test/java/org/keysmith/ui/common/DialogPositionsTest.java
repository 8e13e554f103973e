package org.keysmith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Permission;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.keys.table.KeyRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: every dialog the main window opens is centred on it, no wider than it, and inside the screen (a long
 * wrapping message used to make the Revoke dialog wider than the screen, so it opened at the screen's left edge).
 */
class DialogPositionsTest extends AppUiTest {

    private Stage main;

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    private void select(String name) throws Exception {
        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.interact(() -> table().getSelectionModel().select(table().getItems().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow()));
    }

    /** Runs a context-menu item later (its dialog waits in a nested event loop, which robot.interact would wait on). */
    private Runnable menu(String id) {
        return () -> Platform.runLater(() -> table().getContextMenu().getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire());
    }

    private Runnable click(String id) {
        return () -> robot.clickOn(id);
    }

    private Window openDialog() {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing()
                && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).findFirst().orElse(null);
    }

    /** Opens the window {@code open} opens, checks where it is, and closes it with its Cancel or Close button. */
    private void check(String what, Runnable open) throws Exception {
        open.run();
        waitUntil(robot, () -> openDialog() != null);
        WaitForAsyncUtils.waitForFxEvents(5);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Window w = openDialog();
            double ownerCentre = main.getX() + main.getWidth() / 2;
            double centre = w.getX() + w.getWidth() / 2;
            var screen = Screen.getPrimary().getVisualBounds();
            if (Math.abs(centre - ownerCentre) > 2) {
                problems.add(what + ": centre " + centre + ", owner's centre " + ownerCentre);
            }
            if (w.getWidth() > main.getWidth() || w.getX() < main.getX()) {
                problems.add(what + ": " + w.getX() + " +" + w.getWidth() + " outside the owner " + main.getX()
                        + " +" + main.getWidth());
            }
            boolean insideScreen = w.getY() >= screen.getMinY() && w.getY() + w.getHeight() <= screen.getMaxY() + 1;
            boolean insideOwner = w.getY() >= main.getY() && w.getY() + w.getHeight() <= main.getY() + main.getHeight();
            if (!insideScreen || w.getHeight() <= main.getHeight() && !insideOwner) {
                problems.add(what + ": y " + w.getY() + " +" + w.getHeight() + ", owner at " + main.getY());
            }
            DialogPane pane = (DialogPane) w.getScene().getRoot();
            ButtonType close = pane.getButtonTypes().stream().filter(t -> t.getButtonData().isCancelButton()
                    || t == ButtonType.CLOSE).findFirst().orElseThrow();
            ((Button) pane.lookupButton(close)).fire();
        });
        waitUntil(robot, () -> openDialog() == null);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDialogOfTheMainWindowOpensCentredOnIt() throws Exception {
        main = startApp();
        createVault("a long master password");
        var sandbox = context.sandbox().connection();
        CreateResult made = context.keys().create(sandbox, ServiceFixture.request("desk01", "127.0.0.1",
                Permission.READ, Permission.TRADE));
        ((CreateResult.Created) made).destroyRevealedSecrets();
        CreateResult rotating = context.keys().create(sandbox, ServiceFixture.request("rotme", "127.0.0.1",
                Permission.READ, Permission.TRADE));
        ((CreateResult.Created) rotating).destroyRevealedSecrets();
        ((CreateResult.Created) context.rotation().start(rotating.entry().id(), Duration.ofHours(24)).created())
                .destroyRevealedSecrets();
        robot.clickOn("#syncButton");
        waitFor(robot, "#syncReport");
        check("Sync report", () -> { });
        // not at the screen's centre: a dialog centred on the screen instead of its owner is caught
        robot.interact(() -> {
            main.setX(20);
            main.setY(10);
        });

        Map<String, Runnable> dialogs = new LinkedHashMap<>();
        dialogs.put("Connections", click("#connectionsButton"));
        dialogs.put("Settings", click("#settingsButton"));
        dialogs.put("Audit", click("#auditButton"));
        dialogs.put("Scan folders", click("#scanFoldersButton"));
        dialogs.put("Panic revoke", click("#panicRevokeButton"));
        dialogs.put("Add existing key", click("#addExistingButton"));
        dialogs.put("Revoke", click("#revokeButton"));
        dialogs.put("Edit", menu("menuEdit"));
        dialogs.put("Copy secret (master password)", menu("menuCopySecret"));
        dialogs.put("Export", menu("menuExport"));
        dialogs.put("Rotate", menu("menuRotate"));
        select("desk01");
        for (var d : dialogs.entrySet()) {
            check(d.getKey(), d.getValue());
        }
        select("rotme");
        check("Finish rotation", menu("menuFinishRotation"));
    }
}
