package org.keysmith.ui.keys;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.keysmith.service.VaultState;
import org.keysmith.ui.UiServices;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Icons;
import org.keysmith.ui.common.SecretWindows;
import org.keysmith.ui.common.StageGeometry;
import org.keysmith.ui.common.Styles;
import org.keysmith.ui.unlock.LockingPane;
import org.keysmith.ui.unlock.VaultGate;

/**
 * The main window. Shows the vault gate (create or unlock) until the vault is open, then the key list. It follows
 * the vault's state ({@link VaultState}), whoever changes it (the Lock button, Ctrl+L, auto-lock, a sleep, three
 * wrong password prompts): when the vault starts locking, every window that shows or holds a secret is closed and
 * wiped, "Locking: finishing…" shows while work in flight is saved, then the unlock screen. Remembers the size and
 * position the user gave the key list, and takes them again on every unlock.
 */
public final class MainWindow {
    /** How often the idle lock looks at the clock. */
    private static final Duration IDLE_TICK = Duration.ofSeconds(5);
    private final UiServices services;
    private final SecretWindows windows;
    private final StackPane root = new StackPane();
    private final Runnable stopHearing;
    private Stage stage;
    private VaultGate gate;
    private KeysPane keys;
    private IdleLock idle;
    private String lockReason = "";

    public MainWindow(UiServices services) {
        this.services = services;
        this.windows = new SecretWindows();
        this.stopHearing = services.session().onStateChange(state -> onFx(() -> stateChanged(state)));
    }

    /** {@code vaultExists} was checked off the FX thread. */
    public void install(Stage stage, boolean vaultExists) {
        this.stage = stage;
        root.setId("mainWindow");
        stage.setTitle("Keysmith");
        Icons.apply(stage);
        Scene scene = Styles.apply(new Scene(root));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> lock("Keysmith was locked."));
        stage.setScene(scene);
        StageGeometry.apply(stage, services.settings().current().windowBounds());
        // some window managers (openbox, with GTK) shrink a new window to its minimum size and move it to the screen's
        // edge while mapping it; the geometry set once more after it shows is kept
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (stage.isShowing()) {
                StageGeometry.apply(stage, services.settings().current().windowBounds());
            }
        }));
        stage.setOnHiding(e -> {
            rememberGeometry(stage);
            if (gate != null) {
                gate.wipe();
            }
        });
        if (services.session().isUnlocked()) {
            showKeys();
        } else {
            showGate(vaultExists);
        }
    }

    /** Closes dialogs without asking (the app is stopping). */
    public void shutdown() {
        stopHearing.run();
        if (idle != null) {
            idle.stop();
        }
        windows.closeAll();
        if (keys != null) {
            keys.close();
        }
    }

    /**
     * Saves where the window is while it shows the key list (the unlock screen's size is not the user's choice);
     * called when the vault locks, when the window closes and when the app stops.
     */
    public void rememberGeometry(Stage stage) {
        if (keys != null) {
            services.settings().update(s -> s.withWindow(StageGeometry.capture(stage)));
        }
    }

    private void showGate(boolean vaultExists) {
        gate = new VaultGate(services.session(), vaultExists, services.passwordStrength(), services.passwordPolicy(),
                new Background(services.executor()), this::showKeys);
        gate.notice(lockReason);
        root.getChildren().setAll(gate.node());
    }

    private void showKeys() {
        if (keys != null || !services.session().isUnlocked()) {
            return;
        }
        gate = null;
        lockReason = "";
        windows.unlocked();
        keys = new KeysPane(services, windows, () -> lock("Keysmith was locked."), this::news);
        root.getChildren().setAll(keys.node());
        if (stage != null) {
            StageGeometry.growTo(stage, services.settings().current().windowBounds());
        }
        idle = new IdleLock(services.settings(), services.clock(), IDLE_TICK, this::lock);
        idle.start();
    }

    /** Asks the vault to lock (off the FX thread: the lock saves); the state listener updates the windows. */
    private void lock(String why) {
        lockReason = why;
        try {
            services.executor().execute(services.session()::lock);
        } catch (RejectedExecutionException stopping) {
            services.session().lock();
        }
    }

    /** A message for the user wherever they are now: the key list's status line, or the unlock screen. */
    private void news(String message) {
        if (keys != null) {
            keys.news(message);
        } else {
            lockReason = (lockReason.isEmpty() ? "" : lockReason + " ") + message;
            if (gate != null) {
                gate.notice(lockReason);
            }
        }
    }

    private void stateChanged(VaultState state) {
        switch (state) {
            case LOCKING -> {
                if (stage != null) {
                    rememberGeometry(stage);
                }
                closeSecretWindows();
                root.getChildren().setAll(new LockingPane().node());
            }
            case LOCKED -> {
                if (keys != null) {
                    if (stage != null) {
                        rememberGeometry(stage);
                    }
                    closeSecretWindows();
                }
                if (gate == null) {
                    showGate(true);
                }
            }
            case UNLOCKED -> showKeys();
            default -> { }
        }
    }

    private void closeSecretWindows() {
        if (idle != null) {
            idle.stop();
            idle = null;
        }
        windows.closeAll();
        if (stage != null) {
            SecretWindows.closeOthers(stage);
        }
        if (keys != null) {
            keys.close();
            keys = null;
        }
    }

    /** Runs {@code r} on the FX thread: now when called there, later otherwise (nothing once the app stopped). */
    static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            try {
                Platform.runLater(r);
            } catch (IllegalStateException toolkitGone) {
                // the app has stopped; no window left to update
            }
        }
    }
}
