package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.UiTestSupport;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: the wizard fits its pages. On every page (and when the review page shows an error) its button bar, with
 * Cancel / Previous / Next or Finish, lies inside the window, and the window inside the screen, still centred
 * across the main window. The window used to keep the first page's size, and on page 2 the buttons were cut off at
 * the bottom.
 */
class WizardFitsItsPagesTest extends AppUiTest {
    private final WizardDriver wizard = new WizardDriver(robot);
    private final List<String> problems = new ArrayList<>();
    private Stage main;

    private Window wizardWindow() {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
    }

    private void fits(String page) {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.interact(() -> {
            Window w = wizardWindow();
            Scene scene = w.getScene();
            Node bar = scene.getRoot().lookup(".button-bar");
            assertThat(bar).as("button bar on %s", page).isInstanceOf(ButtonBar.class);
            Bounds b = bar.localToScene(bar.getBoundsInLocal());
            if (b.getMinY() < -0.5 || b.getMaxY() > scene.getHeight() + 0.5 || b.getMinX() < -0.5
                    || b.getMaxX() > scene.getWidth() + 0.5) {
                problems.add(page + ": button bar " + b + " outside the scene " + scene.getWidth() + "x"
                        + scene.getHeight());
            }
            for (Node button : ((ButtonBar) bar).getButtons()) {
                Bounds nb = button.localToScene(button.getBoundsInLocal());
                if (button.isVisible() && (nb.getMaxY() > scene.getHeight() + 0.5 || nb.getHeight() < 1)) {
                    problems.add(page + ": button " + button + " at " + nb + " cut off");
                }
            }
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            if (w.getY() < screen.getMinY() - 0.5 || w.getY() + w.getHeight() > screen.getMaxY() + 0.5) {
                problems.add(page + ": window " + w.getY() + " +" + w.getHeight() + " outside the screen " + screen);
            }
            double centre = w.getX() + w.getWidth() / 2;
            double ownerCentre = main.getX() + main.getWidth() / 2;
            if (Math.abs(centre - ownerCentre) > 2) {
                problems.add(page + ": centre " + centre + ", main window's centre " + ownerCentre);
            }
        });
        UiTestSupport.screenshot(robot, wizardWindow().getScene().getRoot(), "wizard-fits-" + page.replace(' ', '-'));
    }

    @Test
    void everyPageShowsItsButtonsInsideTheWindow() throws Exception {
        main = startApp();
        createVault("a long master password");
        wizard.open();
        fits("page 1");
        wizard.namePage("gridbot");
        fits("page 2");
        robot.clickOn("#newSubAccount");
        UiTestSupport.waitFor(robot, "#createSubAccount");
        fits("page 2 with the new sub-account form");
        robot.interact(() -> {
            Node create = robot.lookup("#createSubAccount").query();
            Bounds b = create.localToScene(create.getBoundsInLocal());
            if (b.getMaxX() > create.getScene().getWidth() + 0.5 || b.getWidth() + 0.5 < create.prefWidth(-1)) {
                problems.add("Create sub-account button " + b + " cut (wants " + create.prefWidth(-1) + ")");
            }
        });
        robot.clickOn("#newSubAccount");
        wizard.typePage("TradingDesk01");
        fits("page 3");
        wizard.permissionsPage("127.0.0.1");
        fits("page 4");
        wizard.create();
        wizard.waitForCreateError();
        fits("page 4 with an error");
        robot.clickOn("#editName");
        UiTestSupport.waitFor(robot, "#keyName");
        robot.interact(() -> robot.lookup("#keyName").queryTextInputControl().clear());
        robot.clickOn("#keyName").write("fitbot");
        fits("page 1 again");
        wizard.next();
        UiTestSupport.waitFor(robot, "#subAccount");
        fits("page 2 again");
        wizard.next();
        UiTestSupport.waitFor(robot, "#permTrade");
        wizard.next();
        UiTestSupport.waitFor(robot, "#createKey");
        wizard.create();
        wizard.waitForReveal();
        fits("page 5");
        assertThat(problems).isEmpty();
    }
}
