package org.keysmith.ui.wizard;

import static org.keysmith.ui.UiTestSupport.button;
import static org.keysmith.ui.UiTestSupport.waitFor;
import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.keysmith.domain.SubAccount;
import org.testfx.api.FxRobot;
import java.util.concurrent.TimeoutException;
import javafx.stage.Window;
import org.keysmith.ui.UiTestSupport;

/** Drives the create-key wizard page by page, as a user would. */
final class WizardDriver {
    private final FxRobot robot;

    WizardDriver(FxRobot robot) {
        this.robot = robot;
    }

    void open() throws Exception {
        robot.clickOn("#createKeyButton");
        waitFor(robot, "#keyName");
    }

    void next() {
        robot.clickOn(button(robot, "Next"));
    }

    void namePage(String name) throws Exception {
        robot.clickOn("#keyName").write(name);
        next();
        waitFor(robot, "#subAccount");
    }

    void typePage(String subAccount) throws Exception {
        ComboBox<SubAccount> sub = robot.lookup("#subAccount").queryComboBox();
        waitUntil(robot, () -> !sub.getItems().isEmpty());
        robot.interact(() -> sub.setValue(sub.getItems().stream().filter(s -> s.name().equals(subAccount))
                .findFirst().orElseThrow()));
        next();
        waitFor(robot, "#permTrade");
    }

    void permissionsPage(String ips) throws Exception {
        robot.clickOn("#permTrade");
        if (!ips.isEmpty()) {
            robot.clickOn("#ipAllowlist").write(ips);
        }
        robot.clickOn("#generatePassphrase");
        next();
        waitFor(robot, "#createKey");
    }

    void finish() {
        robot.clickOn(button(robot, "Finish"));
    }

    void create() {
        robot.clickOn("#createKey");
    }

    String text(String id) {
        Node n = robot.lookup(id).query();
        return n instanceof Label ? ((Label) n).getText() : ((TextField) n).getText();
    }

    boolean shown(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    void waitForCreateError() throws Exception {
        waitUntil(robot, () -> shown("#createError") && !text("#createError").isEmpty());
    }

    void waitForReveal() throws Exception {
        try {
            waitUntil(robot, () -> robot.lookup("#revealSecret").tryQuery()
                    .map(n -> n.isVisible() && !((TextField) n).getText().isEmpty()).orElse(false));
        } catch (TimeoutException e) {
            Window.getWindows().stream().filter(Window::isShowing)
                    .forEach(w -> UiTestSupport.screenshot(robot, w.getScene().getRoot(),
                            "debug-reveal-" + w.getClass().getSimpleName() + w.hashCode()));
            throw new AssertionError("no reveal page; create error: "
                    + robot.lookup("#createError").tryQuery().map(n -> ((Label) n).getText()), e);
        }
    }
}
