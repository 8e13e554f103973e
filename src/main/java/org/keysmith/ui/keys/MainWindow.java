package org.keysmith.ui.keys;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.keysmith.ui.UiServices;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Icons;
import org.keysmith.ui.common.StageGeometry;
import org.keysmith.ui.common.Styles;
import org.keysmith.ui.unlock.VaultGate;

/**
 * The main window. Shows the vault gate (create or unlock) until the vault is open, then the key list; locking
 * (button or Ctrl+L) wipes the secrets and shows the gate again. Remembers its size and position.
 */
public final class MainWindow {
    private final UiServices services;
    private final StackPane root = new StackPane();
    private VaultGate gate;
    private KeysPane keys;
    private IdleLock idle;

    public MainWindow(UiServices services) {
        this.services = services;
    }

    /** {@code vaultExists} was checked off the FX thread. */
    public void install(Stage stage, boolean vaultExists) {
        root.setId("mainWindow");
        stage.setTitle("Keysmith");
        Icons.apply(stage);
        Scene scene = Styles.apply(new Scene(root));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        stage.setScene(scene);
        StageGeometry.apply(stage, services.settings().current().windowBounds());
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
        if (idle != null) {
            idle.stop();
        }
        if (keys != null) {
            keys.close();
        }
    }

    /** Saves where the window is; called when it closes and when the app stops. */
    public void rememberGeometry(Stage stage) {
        services.settings().update(s -> s.withWindow(StageGeometry.capture(stage)));
    }

    private void showGate(boolean vaultExists) {
        gate = new VaultGate(services.session(), vaultExists, services.passwordStrength(), services.passwordPolicy(),
                new Background(services.executor()), this::showKeys);
        root.getChildren().setAll(gate.node());
    }

    private void showKeys() {
        gate = null;
        keys = new KeysPane(services, this::lock);
        root.getChildren().setAll(keys.node());
        idle = new IdleLock(services.settings(), this::lock);
        idle.start(root.getScene());
    }

    private void lock() {
        if (idle != null) {
            idle.stop();
            idle = null;
        }
        if (keys != null) {
            keys.close();
            keys = null;
        }
        if (services.session().isUnlocked()) {
            services.session().lock();
            showGate(true);
        }
    }
}
