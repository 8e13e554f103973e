package org.keysmith.ui.keys.rotate;

import org.keysmith.ui.keys.table.KeyRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;

/** Rotate from the key list against the sandbox: reveal once, both keys linked in the list, finish revokes. */
class RotateKeyTest extends AppUiTest {

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    private KeyRow row(String name) {
        return table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private void select(String name) throws Exception {
        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.interact(() -> table().getSelectionModel().select(row(name)));
    }

    /** Runs a context-menu item of the key table, as a click on it would. */
    private void menu(String id) {
        robot.interact(() -> table().getContextMenu().getItems().stream().filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow().fire());
    }

    @Test
    void rotateRevealLinkAndFinish() throws Exception {
        startApp();
        createVault("a long master password");
        ApiKeyEntry old = context.keys().create(context.sandbox().connection(),
                ServiceFixture.request("rotme", "127.0.0.1", Permission.READ, Permission.TRADE)).entry();
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keyTable");
        select("rotme");
        menu("menuRotate");
        waitFor(robot, "#rotateStart");
        robot.clickOn("#rotateStart");
        waitFor(robot, "#rotateStored");
        ApiKeyEntry fresh = context.session().vault().entries().stream().filter(e -> e.name().equals("rotmer2"))
                .findFirst().orElseThrow();
        assertThat(robot.lookup("#revealSecret").queryTextInputControl().getText())
                .isEqualTo(new String(fresh.secretKey().chars()));
        assertThat(robot.lookup("#rotateState").queryLabeled().getText()).startsWith("Verified with OKX");
        UiTestSupport.screenshot(robot, robot.lookup("#rotateStored").query(), "rotate-reveal");
        assertThat(robot.lookup("#rotateDone").query().isDisabled()).isTrue();
        robot.clickOn("#rotateStored");
        robot.clickOn("#rotateDone");

        waitUntil(robot, () -> table().getItems().stream().anyMatch(r -> r.name().equals("rotmer2")));
        waitUntil(robot, () -> row("rotme").status().contains("rotating to rotmer2"));
        assertThat(row("rotmer2").status()).contains("replaces rotme");

        select("rotme");
        menu("menuFinishRotation");
        waitFor(robot, "#finishRotationConfirm");
        robot.clickOn("#finishRotationConfirm");
        waitUntil(robot, () -> row("rotme").entry().status() == KeyStatus.REVOKED);
        waitUntil(robot, () -> !row("rotme").status().contains("rotating"));
    }
}
