package org.keysmith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keysmith.domain.Secret;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SecretFieldTest {
    private SecretField field;

    @Start
    void start(Stage stage) {
        field = new SecretField();
        field.setId("secret");
        stage.setScene(new Scene(new VBox(field), 300, 80));
        stage.show();
    }

    private String value() {
        return new String(field.secret().chars());
    }

    @Test
    void typedTextIsKeptButOnlyBulletsAreRendered(FxRobot robot) {
        robot.clickOn("#secret").write("Abc123!x");
        assertThat(value()).isEqualTo("Abc123!x");
        assertThat(field.getText()).isEqualTo("●".repeat(8));
    }

    @Test
    void charsIsAFreshCopyTheCallerCanWipe(FxRobot robot) {
        robot.clickOn("#secret").write("pass word");
        char[] first = field.chars();
        assertThat(new String(first)).isEqualTo("pass word");
        Arrays.fill(first, '\0');
        assertThat(field.chars()).as("wiping the copy leaves the field's value")
                .containsExactly("pass word".toCharArray());
    }

    @Test
    void editingInTheMiddleAndDeletingWork(FxRobot robot) {
        robot.clickOn("#secret").write("abcdef");
        robot.type(KeyCode.LEFT, 3).type(KeyCode.BACK_SPACE).write("XY");
        assertThat(value()).isEqualTo("abXYdef");
        robot.interact(() -> field.selectRange(1, 4));
        robot.write("_");
        assertThat(value()).isEqualTo("a_def");
    }

    @Test
    void pasteGoesIntoTheSecretAndCopyDoesNothing(FxRobot robot) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("pasted-Secret1");
            Clipboard.getSystemClipboard().setContent(c);
            field.requestFocus();
            field.paste();
        });
        assertThat(value()).isEqualTo("pasted-Secret1");
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            field.selectAll();
            field.copy();
            field.cut();
        });
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().hasString()).isFalse());
        assertThat(value()).isEqualTo("pasted-Secret1");
    }

    @Test
    void undoIsBlockedSoBulletsNeverReplaceTheValue(FxRobot robot) {
        robot.clickOn("#secret").write("abc").type(KeyCode.BACK_SPACE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(value()).isEqualTo("ab");
    }

    @Test
    void revealShowsTheValueAndHidingRestoresBullets(FxRobot robot) {
        robot.clickOn("#secret").write("s3cret");
        robot.interact(() -> field.revealProperty().set(true));
        assertThat(field.getText()).isEqualTo("s3cret");
        robot.write("!");
        robot.interact(() -> field.revealProperty().set(false));
        assertThat(field.getText()).isEqualTo("●".repeat(7));
        assertThat(value()).isEqualTo("s3cret!");
    }

    @Test
    void wipeAndSetSecret(FxRobot robot) {
        robot.interact(() -> field.setSecret(Secret.copyOf("Generated-1".toCharArray())));
        assertThat(value()).isEqualTo("Generated-1");
        assertThat(field.getText()).isEqualTo("●".repeat(11));
        robot.interact(field::wipe);
        assertThat(field.secretLength()).isZero();
        assertThat(field.getText()).isEmpty();
    }
}
