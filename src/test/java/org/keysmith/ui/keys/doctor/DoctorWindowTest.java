package org.keysmith.ui.keys.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.keys.table.KeyRow;

/**
 * The key menu's "Doctor…" against the Sandbox: a key bound to an address that is not this computer's gets its IP
 * fault named in red, in a window owned by and centred on the main window, with no secret on screen.
 */
class DoctorWindowTest extends AppUiTest {

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    @Test
    void namesTheIpFaultOfTheSelectedKey() throws Exception {
        Stage main = startApp();
        createVault("a long master password");
        ApiKeyEntry key = context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("docme", "203.0.113.9", Permission.READ)).entry();
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");
        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals("docme")));
        robot.interact(() -> table().getSelectionModel().select(table().getItems().stream()
                .filter(r -> r.name().equals("docme")).findFirst().orElseThrow()));
        // not robot.interact: the window's showAndWait would hold the test thread until it closes
        Platform.runLater(() -> table().getContextMenu().getItems().stream()
                .filter(i -> "menuDoctor".equals(i.getId())).findFirst().orElseThrow().fire());
        waitFor(robot, "#doctorSummary");
        Label summary = robot.lookup("#doctorSummary").queryAs(Label.class);
        waitUntil(robot, () -> summary.getText().contains("fault"));
        assertThat(summary.getText()).startsWith("1 fault(s)");
        Label ip = robot.lookup("#doctorVerdict-IP").queryAs(Label.class);
        assertThat(ip.getText()).isEqualTo("FAULT");
        assertThat(ip.getStyleClass()).contains("field-error");
        Window w = summary.getScene().getWindow();
        assertThat(((Stage) w).getOwner()).isSameAs(main);
        double ownerCentre = main.getX() + main.getWidth() / 2;
        assertThat(Math.abs(w.getX() + w.getWidth() / 2 - ownerCentre)).as("centred on the main window")
                .isLessThan(40);
        ApiKeyEntry stored = context.keys().entry(key.id());
        String secret = new String(stored.secretKey().chars());
        String all = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", String::concat);
        assertThat(all).doesNotContain(secret).doesNotContain("Abc123!xyz");
        robot.interact(((Stage) w)::close);
    }
}
