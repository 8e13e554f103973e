package org.keysmith.ui.wizard;

import static org.keysmith.ui.UiTestSupport.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/** Creates a key through the wizard for tests of other windows. */
public final class WizardTestDriver {
    private final FxRobot robot;
    private final WizardDriver wizard;

    public WizardTestDriver(FxRobot robot) {
        this.robot = robot;
        this.wizard = new WizardDriver(robot);
    }

    public void createKey(String name, String subAccount, String ips) throws Exception {
        wizard.open();
        wizard.namePage(name);
        wizard.typePage(subAccount);
        wizard.permissionsPage(ips);
        wizard.create();
        wizard.waitForReveal();
        robot.clickOn("#storedConfirm");
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button && ((Button) n).getText().strip().equals("Finish"))
                .queryAs(Button.class));
        waitUntil(robot, () -> robot.lookup("#revealSecret").tryQuery().map(n -> !n.isVisible()).orElse(true));
    }
}
