package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard grows with its pages: on every page its Cancel / Previous / Next (or Finish) buttons lie inside the
 * window, and the window stays centred on the main window. The window used to keep the first page's size, and on
 * page 2 the buttons were cut off at the bottom.
 */
class WizardFitsItsPagesTest extends AppUiTest {

    private void buttonsInside(String page) {
        WaitForAsyncUtils.waitForFxEvents(5);
        List<Button> buttons = robot.lookup((Node n) -> n instanceof Button && n.isVisible()
                && List.of("Cancel", "Previous", "Next", "Finish").contains(((Button) n).getText().strip()))
                .queryAllAs(Button.class).stream().toList();
        robot.interact(() -> {
            assertThat(buttons).as("wizard buttons on %s", page).isNotEmpty();
            for (Button b : buttons) {
                assertThat(UiTestSupport.insideWindow(b)).as("%s button on %s inside its window (window %sx%s)",
                        b.getText().strip(), page, b.getScene().getWidth(), b.getScene().getHeight()).isTrue();
            }
        });
    }

    private Window wizardWindow() {
        return robot.lookup("#keyName").tryQuery().or(() -> robot.lookup("#subAccount").tryQuery())
                .or(() -> robot.lookup("#permTrade").tryQuery()).or(() -> robot.lookup("#createKey").tryQuery())
                .orElseThrow().getScene().getWindow();
    }

    @Test
    void everyPageShowsItsButtons() throws Exception {
        var stage = startApp();
        createVault("a long master password");
        WizardDriver wizard = new WizardDriver(robot);
        wizard.open();
        buttonsInside("page 1");
        robot.interact(() -> {
            double[] owner = UiTestSupport.centre(stage);
            double[] w = UiTestSupport.centre(wizardWindow());
            assertThat(Math.abs(owner[0] - w[0])).as("wizard centred across the main window").isLessThan(2);
        });
        wizard.namePage("fits1");
        buttonsInside("page 2");
        wizard.typePage("TradingDesk01");
        buttonsInside("page 3");
        wizard.permissionsPage("127.0.0.1");
        buttonsInside("page 4");
        wizard.create();
        wizard.waitForReveal();
        buttonsInside("page 5");
        UiTestSupport.screenshot(robot, robot.lookup("#revealSecret").query(), "wizard-reveal");
    }
}
