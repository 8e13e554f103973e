package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keysmith.ui.UiTestSupport.waitFor;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.keysmith.service.settings.WindowBounds;
import org.keysmith.ui.AppUiTest;
import org.keysmith.ui.common.StageGeometry;
import org.keysmith.ui.keys.table.KeyRow;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: what a new user sees of the main window, at its default size and at 1 200 px wide. */
class MainWindowGeometryTest extends AppUiTest {

    private TableView<KeyRow> table() {
        return robot.lookup("#keyTable").queryTableView();
    }

    /** The header of the column titled {@code title}, in scene coordinates. */
    private Bounds header(String title) {
        return table().lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && title.equals(h.getTableColumn().getText()))
                .map(n -> n.localToScene(n.getLayoutBounds())).findFirst().orElseThrow();
    }

    @Test
    void nameStatusAndSubAccountShowWithoutScrollingAtTheDefaultSizeAndAt1200() throws Exception {
        Stage stage = startApp();
        createVault("a long master password");
        for (double width : new double[] {WindowBounds.DEFAULT_WIDTH, 1200}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getWidth()).isEqualTo(width);
            robot.interact(() -> {
                Node view = table();
                Bounds shown = view.localToScene(view.getLayoutBounds());
                for (String title : new String[] {"Name", "Status", "Sub-account"}) {
                    Bounds h = header(title);
                    assertThat(h.getMinX()).as("%s at %s px", title, width).isGreaterThanOrEqualTo(shown.getMinX());
                    assertThat(h.getMaxX()).as("%s at %s px", title, width).isLessThanOrEqualTo(shown.getMaxX());
                }
            });
        }
    }

    /** Shrinks the window as openbox did on first show, to the unlock screen's size. */
    private void shrinkLikeTheWindowManager(Stage stage) {
        robot.interact(() -> {
            stage.setWidth(638);
            stage.setHeight(395);
            stage.setX(0);
            stage.setY(12);
        });
    }

    @Test
    void afterUnlockTheWindowHasTheKeyListsSizeAndLaterTheOneTheUserGaveIt() throws Exception {
        Stage stage = startApp();
        waitFor(robot, "#createVaultPane");
        shrinkLikeTheWindowManager(stage);
        createVault("a long master password");
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            assertThat(stage.getWidth()).isEqualTo(Math.min(WindowBounds.DEFAULT_WIDTH, screen.getWidth()));
            assertThat(stage.getHeight()).isEqualTo(Math.min(WindowBounds.DEFAULT_HEIGHT, screen.getHeight()));
            assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - stage.getWidth());
            assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - stage.getHeight());
            Region keys = robot.lookup("#keysPane").queryAs(Region.class);
            assertThat(keys.getWidth()).as("the key list fills the window").isEqualTo(stage.getScene().getWidth());
            assertThat(keys.minWidth(-1)).as("and is not cut off").isLessThanOrEqualTo(keys.getWidth());
        });

        // the user's own size and place, then a lock: the unlock shows the key list there again
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(640);
            stage.setX(30);
            stage.setY(40);
        });
        robot.clickOn("#lockButton");
        waitFor(robot, "#unlockPane");
        shrinkLikeTheWindowManager(stage);
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keysPane");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(StageGeometry.capture(stage))
                .isEqualTo(new WindowBounds(30, 40, 1000, 640, false)));

        // and the next start, from the settings file
        stopApp();
        Stage again = startApp();
        waitFor(robot, "#unlockPane");
        shrinkLikeTheWindowManager(again);
        robot.clickOn("#masterPassword").write("a long master password");
        robot.clickOn("#unlock");
        waitFor(robot, "#keysPane");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(StageGeometry.capture(again))
                .isEqualTo(new WindowBounds(30, 40, 1000, 640, false)));
    }
}
