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

/**
 * Dialogs that look like the rest of Keysmith: owner, stylesheet, icon, a readable width, and centred on their
 * owner.
 */
public final class Dialogs {
    /**
     * The widest a dialog grows for its text. A wrapping label asks for its whole text on one line, so a long message
     * made a dialog wider than the screen, and the window manager put it at the screen's left edge.
     */
    static final double READABLE_WIDTH = 620;
    private static final String GROWS_WITH_PAGES = "keysmith.growsWithPages";

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
     * An alert with Keysmith's look, no wider than {@link #READABLE_WIDTH}, centred on {@code owner}; the caller
     * shows it.
     */
    public static Alert alert(Window owner, Alert.AlertType type, String header, String message,
                              ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons);
        a.initOwner(owner);
        a.setHeaderText(header);
        a.getDialogPane().setPrefWidth(READABLE_WIDTH);
        Styles.apply(a.getDialogPane().getScene());
        centreOnOwner(a);
        return a;
    }

    /**
     * Once shown, the dialog sits in the middle of its owner (of the screen without one), inside the owner's screen.
     * JavaFX places a dialog itself, but from a size computed before layout; this runs once more after the first
     * layout, when the real size is known. It only moves the window, so it cannot start a layout loop.
     */
    public static void centreOnOwner(Dialog<?> d) {
        d.showingProperty().addListener((o, was, now) -> {
            if (now) {
                centre(d);
                Platform.runLater(() -> centre(d));
            }
        });
    }

    private static void centre(Dialog<?> d) {
        Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
        if (w != null && d.isShowing()) {
            centre(w, d.getOwner());
        }
    }

    /** Puts {@code w} in the middle of {@code owner} (of the primary screen when null), kept inside that screen. */
    public static void centre(Window w, Window owner) {
        Rectangle2D screen = owner == null ? Screen.getPrimary().getVisualBounds() : screenOf(owner);
        Rectangle2D area = owner == null ? screen
                : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        double x = area.getMinX() + (area.getWidth() - w.getWidth()) / 2;
        double y = area.getMinY() + (area.getHeight() - w.getHeight()) / 3;
        w.setX(clamp(x, screen.getMinX(), screen.getMaxX() - w.getWidth()));
        w.setY(clamp(y, screen.getMinY(), screen.getMaxY() - w.getHeight()));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    /**
     * When a message appears inside the dialog, the window grows to fit it; otherwise the buttons would be pushed
     * out of sight.
     */
    public static void growWithContent(Dialog<?> d) {
        DialogPane pane = d.getDialogPane();
        pane.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && d.isShowing() && pane.getScene() != null && pane.getScene().getWindow() != null
                    && pane.prefHeight(pane.getWidth()) > pane.getScene().getHeight() + 1
                    && pane.getScene().getWindow().getHeight() < screenOf(pane.getScene().getWindow()).getHeight()) {
                Platform.runLater(() -> {
                    if (d.isShowing() && pane.getScene() != null && pane.getScene().getWindow() != null) {
                        fitOnScreen(pane.getScene().getWindow());
                    }
                });
            }
        });
    }

    /**
     * A dialog whose pane is replaced while it shows (the ControlsFX wizard shows each page as its own pane) grows
     * to the tallest page it has shown, and to a message that appears on a page, so the button bar stays inside the
     * window. It only ever grows, only in height and never past its screen, so a layout cannot make it grow again
     * and again; a window at the screen's height moves up to keep its bottom on the screen.
     */
    public static void growWithPages(Dialog<?> d) {
        watchPage(d, d.getDialogPane());
        d.dialogPaneProperty().addListener((o, was, now) -> {
            watchPage(d, now);
            Platform.runLater(() -> growToPage(d, now));
        });
        d.showingProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(() -> growToPage(d, d.getDialogPane()));
            }
        });
    }

    private static void watchPage(Dialog<?> d, DialogPane page) {
        if (page == null || page.getProperties().containsKey(GROWS_WITH_PAGES)) {
            return;
        }
        page.getProperties().put(GROWS_WITH_PAGES, Boolean.TRUE);
        page.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now && d.getDialogPane() == page && page.getScene() != null
                    && page.prefHeight(page.getScene().getWidth()) > page.getScene().getHeight() + 1) {
                Platform.runLater(() -> growToPage(d, page));
            }
        });
    }

    private static void growToPage(Dialog<?> d, DialogPane page) {
        if (!d.isShowing() || d.getDialogPane() != page || page.getScene() == null
                || page.getScene().getWindow() == null) {
            return;
        }
        Window w = page.getScene().getWindow();
        Rectangle2D screen = screenOf(w);
        double decoration = Math.max(0, w.getHeight() - page.getScene().getHeight());
        double wanted = Math.min(screen.getHeight(), page.prefHeight(page.getScene().getWidth()) + decoration);
        if (wanted > w.getHeight() + 1) {
            w.setHeight(Math.ceil(wanted));
            if (w.getY() + w.getHeight() > screen.getMaxY()) {
                w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
            }
        }
    }

    /** Grows {@code w} to its content, but keeps it on its screen (moved up, or no taller than the screen). */
    private static void fitOnScreen(Window w) {
        w.sizeToScene();
        Rectangle2D screen = screenOf(w);
        if (w.getHeight() > screen.getHeight()) {
            w.setHeight(screen.getHeight());
        }
        if (w.getY() + w.getHeight() > screen.getMaxY()) {
            w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
        }
    }

    private static Rectangle2D screenOf(Window w) {
        return Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
    }

    /** An error message for the user, with nothing to decide. */
    public static void error(Window owner, String header, String message) {
        alert(owner, Alert.AlertType.ERROR, header, message, ButtonType.OK).show();
    }

    /**
     * A dialog pane no wider than {@link #READABLE_WIDTH} unless it or its content asks for a width itself (a pane
     * with a preferred width set never computes one).
     */
    static final class ReadablePane extends DialogPane {
        @Override
        protected double computePrefWidth(double height) {
            double pref = super.computePrefWidth(height);
            if (getContent() instanceof Region r && r.getPrefWidth() != Region.USE_COMPUTED_SIZE) {
                return pref;
            }
            return Math.min(pref, READABLE_WIDTH);
        }
    }
}
