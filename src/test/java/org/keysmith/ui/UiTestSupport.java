package org.keysmith.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.BooleanSupplier;

/** Helpers for TestFX tests of Keysmith's windows. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    /** Waits (up to 15 s) until {@code condition} holds on the FX thread. */
    public static void waitUntil(FxRobot robot, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            boolean[] ok = new boolean[1];
            robot.interact(() -> ok[0] = condition.getAsBoolean());
            return ok[0];
        });
    }

    /** Waits until a visible node with this id exists. */
    public static void waitFor(FxRobot robot, String id) throws Exception {
        waitUntil(robot, () -> visible(robot, id).isPresent());
    }

    public static Optional<Node> visible(FxRobot robot, String id) {
        return robot.lookup(id).match((Predicate<Node>) Node::isVisible).tryQuery();
    }

    /** A visible, enabled button with this text (ControlsFX writes "Finish " with a trailing space). */
    public static Button button(FxRobot robot, String text) {
        // pending layout (a dialog growing to fit a new message) would move the button after it was located
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(3);
        return robot.lookup((Node n) -> n instanceof Button && ((Labeled) n).getText().strip().equals(text)
                && n.isVisible() && !n.isDisabled()).queryAs(Button.class);
    }

    public static boolean hasButton(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button && ((Labeled) n).getText().strip().equals(text)
                && n.isVisible()).tryQuery().isPresent();
    }

    /** Saves a PNG of the window that holds {@code node} under target/screenshots/. */
    public static void screenshot(FxRobot robot, Node node, String name) {
        robot.interact(() -> {
            WritableImage img = node.getScene().snapshot(null);
            BufferedImage out = new BufferedImage((int) img.getWidth(),
                    (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
                }
            }
            try {
                Path dir = Path.of("target", "screenshots");
                Files.createDirectories(dir);
                ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
