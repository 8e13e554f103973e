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
 * "LOADED ms" when the table holds every key, then "FILTER p50 p99 cold_p50 cold_max" for keystrokes in the filter box
 * (each measured
 * until the pulse that shows it has done its CSS and layout), then "READY" and waits to be measured and killed.
 */
public final class UiBenchChild {
    /** Keystrokes (two rounds of the queries) left out of the p50/p99 and reported on their own as "cold". */
    private static final int WARM_UP = 26;
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

    /**
     * Types the queries one per keystroke, as a fast typist would (one keystroke every third frame), each measured
     * from setting the filter text (in the pulse's animation phase) to the end of that same pulse's CSS and layout
     * pass: the work the FX thread does between a keystroke and the frame that shows the filtered table. (Forcing
     * {@code applyCss()} on the root instead would re-style every node of the scene, which a real pulse never does.)
     */
    private static void filter(Scene scene) {
        TextField box = (TextField) scene.lookup("#keyFilter");
        String[] queries = {"k", "k1", "k12", "k123", "k1234", "k123", "k12", "k1", "k", "", "trading", "k9", "k99"};
        long[] nanos = new long[Integer.getInteger("bench.rounds", 260)];
        long[] started = {0};
        int[] done = {0};
        Runnable afterLayout = () -> {
            if (started[0] != 0) {
                nanos[done[0]] = System.nanoTime() - started[0];
                trace(queries[done[0] % queries.length], nanos[done[0]]);
                done[0]++;
                started[0] = 0;
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
        new AnimationTimer() {
            private long frame;

            @Override
            public void handle(long now) {
                if (done[0] == nanos.length) {
                    stop();
                    scene.removePostLayoutPulseListener(afterLayout);
                    report(nanos);
                } else if (started[0] == 0 && frame++ % 3 == 0) {
                    started[0] = System.nanoTime();
                    box.setText(queries[done[0] % queries.length]);
                }
            }
        }.start();
    }

    private static void trace(String query, long nanos) {
        if (Boolean.getBoolean("bench.trace")) {
            System.out.printf("TRACE %s %.2f%n", query.isEmpty() ? "(empty)" : query, nanos / 1e6);
        }
    }

    private static void report(long[] nanos) {
        Stats warm = Stats.of(Arrays.copyOfRange(nanos, WARM_UP, nanos.length));
        Stats cold = Stats.of(Arrays.copyOfRange(nanos, 0, WARM_UP));
        System.out.println("FILTER " + warm.median() / 1e6 + " " + warm.percentile(99) / 1e6 + " "
                + cold.median() / 1e6 + " " + cold.max() / 1e6);
        System.out.println("READY");
        System.out.flush();
    }
}
