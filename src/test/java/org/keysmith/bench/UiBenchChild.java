package org.keysmith.bench;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.keysmith.app.AppContext;
import org.keysmith.app.KeysmithApp;
import org.keysmith.app.TestContexts;

/**
 * Child JVM of {@link UiBench}: the real app on a vault of 10 000 keys, unlocked before the window opens. Prints
 * "LOADED ms" when the table holds every key, then "FILTER p50 p99" for keystrokes in the filter box (each measured
 * until the table's CSS and layout are done), then "READY" and waits to be measured and killed.
 */
public final class UiBenchChild {
    private UiBenchChild() {
    }

    public static void main(String[] args) throws Exception {
        AppContext ctx = TestContexts.context(Path.of(args[0]));
        ctx.session().unlock(args[1].toCharArray());
        int expected = Integer.parseInt(args[2]);
        Platform.startup(() -> {
            KeysmithApp app = new KeysmithApp(ctx);
            app.init();
            Stage stage = new Stage();
            long start = System.nanoTime();
            app.start(stage);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    TableView<?> table = (TableView<?>) stage.getScene().lookup("#keyTable");
                    if (table != null && table.getItems().size() == expected) {
                        stop();
                        System.out.println("LOADED " + (System.nanoTime() - start) / 1_000_000.0);
                        Platform.runLater(() -> filter(stage.getScene()));
                    }
                }
            }.start();
        });
    }

    private static void filter(Scene scene) {
        TextField box = (TextField) scene.lookup("#keyFilter");
        String[] queries = {"k", "k1", "k12", "k123", "k1234", "k123", "k12", "k1", "k", "", "trading", "k9", "k99"};
        long[] nanos = new long[260];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            box.setText(queries[i % queries.length]);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            nanos[i] = System.nanoTime() - t;
        }
        long[] measured = Arrays.copyOfRange(nanos, 26, nanos.length);
        Stats s = Stats.of(measured);
        System.out.println("FILTER " + s.median() / 1e6 + " " + s.percentile(99) / 1e6);
        System.out.println("READY");
        System.out.flush();
    }
}
