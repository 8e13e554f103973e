package org.keysmith.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.scene.layout.Region;

/** Dialogs that look like the rest of Keysmith: owner, stylesheet, icon. */
public final class Dialogs {
    private Dialogs() {
    }

    public static <R> Dialog<R> dialog(Window owner, String title, Node content, ButtonType... buttons) {
        Dialog<R> d = new Dialog<>();
        d.setDialogPane(new ReadablePane());
        d.initOwner(owner);
        d.setTitle(title);
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(buttons);
        d.setOnShowing(e -> {
            Styles.apply(d.getDialogPane().getScene());
            Icons.apply(d.getDialogPane().getScene().getWindow());
        });
        centreOnOwner(d);
        return d;
    }

    /**
     * Once shown (and after every later size change while it is new), the dialog sits in the middle of its owner,
     * kept on the owner's screen. JavaFX centres a dialog itself, but on a size it computed before layout; a long
     * wrapping message made that wider than the screen, and the window manager put it at the screen's left edge.
     */
    public static void centreOnOwner(Dialog<?> d) {
        d.showingProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
                    if (w != null && d.isShowing()) {
                        fitOnScreen(w);
                        centre(w, d.getOwner());
                    }
                });
            }
        });
    }

    /** Puts {@code w} in the middle of {@code owner} (or of the screen without one), inside the screen. */
    public static void centre(Window w, Window owner) {
        Rectangle2D area = owner == null ? Screen.getPrimary().getVisualBounds()
                : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D screen = owner == null ? area : screenOf(owner);
        double x = area.getMinX() + (area.getWidth() - w.getWidth()) / 2;
        double y = area.getMinY() + (area.getHeight() - w.getHeight()) / 3;
        w.setX(clamp(x, screen.getMinX(), screen.getMaxX() - w.getWidth()));
        w.setY(clamp(y, screen.getMinY(), screen.getMaxY() - w.getHeight()));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    /**
     * A dialog pane no wider than a comfortable reading width, unless its content asks for a width itself. A
     * wrapping label's preferred width is its whole text on one line, which made some dialogs wider than the screen.
     */
    static final class ReadablePane extends DialogPane {
        static final double READABLE_WIDTH = 620;

        @Override
        protected double computePrefWidth(double height) {
            double pref = super.computePrefWidth(height);
            if (getContent() instanceof Region r && r.getPrefWidth() != Region.USE_COMPUTED_SIZE) {
                return pref;
            }
            return Math.min(pref, READABLE_WIDTH);
        }
    }

    /**
     * When a message appears inside the dialog, the window grows to fit it; otherwise the buttons would be pushed
     * out of sight.
     */
    public static void growWithContent(Dialog<?> d) {
        watch(d, d.getDialogPane());
        // a wizard shows each page as a new dialog pane: the window must grow to the new page too
        d.dialogPaneProperty().addListener((o, was, now) -> {
            watch(d, now);
            growIfCut(d, now);
        });
    }

    private static void watch(Dialog<?> d, DialogPane pane) {
        pane.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && d.getDialogPane() == pane) {
                growIfCut(d, pane);
            }
        });
    }

    private static void growIfCut(Dialog<?> d, DialogPane pane) {
        if (d.isShowing() && pane.getScene() != null && pane.getScene().getWindow() != null && cut(pane)
                && pane.getScene().getWindow().getHeight() < screenOf(pane.getScene().getWindow()).getHeight()) {
            Platform.runLater(() -> {
                if (d.isShowing() && pane.getScene() != null && pane.getScene().getWindow() != null) {
                    fitOnScreen(pane.getScene().getWindow());
                }
            });
        }
    }

    private static boolean cut(DialogPane pane) {
        double width = pane.getScene().getWidth();
        return pane.prefHeight(width) > pane.getScene().getHeight() + 1
                || pane.minWidth(-1) > width + 1;
    }

    /** Grows {@code w} to its content, but keeps it on its screen (moved up, or no taller than the screen). */
    public static void fitOnScreen(Window w) {
        w.sizeToScene();
        Rectangle2D screen = screenOf(w);
        if (w.getWidth() > screen.getWidth()) {
            w.setWidth(screen.getWidth());
        }
        if (w.getX() + w.getWidth() > screen.getMaxX()) {
            w.setX(Math.max(screen.getMinX(), screen.getMaxX() - w.getWidth()));
        }
        if (w.getHeight() > screen.getHeight()) {
            w.setHeight(screen.getHeight());
        }
        if (w.getY() + w.getHeight() > screen.getMaxY()) {
            w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
        }
    }

    static Rectangle2D screenOf(Window w) {
        return Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
    }

    /** An error message for the user, with nothing to decide. */
    public static void error(Window owner, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setHeaderText(header);
        Styles.apply(a.getDialogPane().getScene());
        centreOnOwner(a);
        a.show();
    }
}
