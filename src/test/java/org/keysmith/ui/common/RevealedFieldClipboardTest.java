package org.keysmith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keysmith.domain.Secret;
import org.keysmith.service.ClipboardService;
import org.keysmith.ui.UiTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * M1 and M8: Ctrl+C and the context menu in a reveal field reach the clipboard only through ClipboardService
 * (audited, cleared on lock and exit), and what Keysmith puts there carries the "secret" marks.
 */
@ExtendWith(ApplicationExtension.class)
class RevealedFieldClipboardTest {
    private static final String VALUE = "0123456789ABCDEF0123456789ABCDEF";
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final ClipboardService clipboard = new ClipboardService(new FxClipboardPort(), timer,
            () -> Duration.ofMinutes(5), (action, entry, detail) -> audit.add(action.name() + ": " + detail));
    private RevealedField field;

    @Start
    void start(Stage stage) {
        field = new RevealedField("revealed", () -> {
            try (Secret s = Secret.copyOf(VALUE.toCharArray())) {
                clipboard.copy("Secret key", s, null);
            }
        });
        field.setText(VALUE);
        stage.setScene(new Scene(new VBox(field), 400, 80));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        timer.shutdownNow();
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    private String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void ctrlCGoesThroughTheClipboardServiceAndIsClearedWithIt(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#revealed");
        robot.interact(field::selectAll);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        UiTestSupport.waitUntil(robot, () -> VALUE.equals(Clipboard.getSystemClipboard().getString()));
        assertThat(audit).containsExactly("KEY_COPIED: Secret key copied to the clipboard");
        clipboard.clearNow();
        assertThat(clipboardText(robot)).isNull();
    }

    @Test
    void theContextMenuCopiesTheSameWayAndCutDoesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> {
            field.selectAll();
            field.cut();
        });
        assertThat(clipboardText(robot)).isNull();
        assertThat(field.getText()).isEqualTo(VALUE);
        robot.interact(() -> field.getContextMenu().getItems().get(0).fire());
        UiTestSupport.waitUntil(robot, () -> VALUE.equals(Clipboard.getSystemClipboard().getString()));
        assertThat(audit).hasSize(1);
    }

    @Test
    void copiedTextCarriesTheSecretMarks(FxRobot robot) {
        robot.interact(() -> {
            Clipboard.getSystemClipboard().setContent(FxClipboardPort.sensitive(VALUE));
            Clipboard c = Clipboard.getSystemClipboard();
            assertThat(c.getString()).isEqualTo(VALUE);
            assertThat(c.getContent(FxClipboardPort.format(FxClipboardPort.KDE_HINT))).isEqualTo("secret");
            assertThat(c.hasContent(FxClipboardPort.format(FxClipboardPort.WIN_EXCLUDE))).isTrue();
            assertThat(c.hasContent(FxClipboardPort.format(FxClipboardPort.WIN_HISTORY))).isTrue();
            assertThat(c.hasContent(FxClipboardPort.format(FxClipboardPort.WIN_CLOUD))).isTrue();
            assertThat(c.hasContent(FxClipboardPort.format(FxClipboardPort.MAC_CONCEALED))).isTrue();
        });
    }
}
