package org.keysmith.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.keysmith.service.settings.WindowBounds;
import org.keysmith.ui.AppUiTest;
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
}
