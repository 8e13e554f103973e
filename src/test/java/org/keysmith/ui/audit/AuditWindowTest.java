package org.keysmith.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;

/** The audit window from the main window: the log, a filter by action, and the hygiene check. */
class AuditWindowTest extends AppUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void showsFiltersAndChecksHygiene() throws Exception {
        startApp();
        createVault("a long master password");
        context.keys().create(context.sandbox().connection(), ServiceFixture.request("audit1", "", Permission.READ,
                Permission.TRADE));
        robot.clickOn("#auditButton");
        waitFor(robot, "#auditTable");
        TableView<?> log = robot.lookup("#auditTable").queryTableView();
        waitUntil(robot, () -> log.getItems().size() >= 2);
        robot.interact(() -> ((ComboBox<AuditAction>) robot.lookup("#auditAction").query())
                .setValue(AuditAction.KEY_CREATED));
        waitUntil(robot, () -> log.getItems().size() == 1);
        UiTestSupport.screenshot(robot, log, "audit-window");

        robot.clickOn("Hygiene");
        robot.clickOn("#hygieneRun");
        TableView<?> hygiene = robot.lookup("#hygieneTable").queryTableView();
        waitUntil(robot, () -> !hygiene.getItems().isEmpty());
        assertThat(hygiene.getItems().toString()).contains("audit1").contains("no IP binding");
    }
}
