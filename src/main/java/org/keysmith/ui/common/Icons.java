package org.keysmith.ui.common;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The app icon in the sizes window managers pick from; set on every stage and dialog. */
public final class Icons {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private Icons() {
    }

    public static void apply(Window window) {
        if (window instanceof Stage stage) {
            if (stage.getIcons().isEmpty()) {
                // decoded in the background: the window need not wait for its icon
                SIZES.forEach(s -> stage.getIcons().add(new Image(
                        Icons.class.getResource("/org/keysmith/ui/icons/keysmith-" + s + ".png").toExternalForm(),
                                true)));
            }
        }
    }
}
