package org.keysmith.ui.keys;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;
import org.keysmith.service.settings.SettingsService;

/**
 * Locks the vault after the configured minutes without a key press or mouse action in the window (when auto-lock
 * is on). Every input event restarts the countdown.
 */
final class IdleLock {
    private final SettingsService settings;
    private final Runnable lock;
    private final java.util.function.Function<org.keysmith.service.settings.Settings, Duration> delay;
    private final PauseTransition countdown = new PauseTransition();
    private final EventHandler<InputEvent> activity = e -> restart();
    private Scene scene;

    IdleLock(SettingsService settings, Runnable lock) {
        this(settings, lock, s -> Duration.minutes(s.autoLockMinutes()));
    }

    /** Tests only: another countdown than the settings' minutes. */
    IdleLock(SettingsService settings, Runnable lock, java.util.function.Function<org.keysmith.service.settings.Settings, Duration> delay) {
        this.settings = settings;
        this.lock = lock;
        this.delay = delay;
        countdown.setOnFinished(e -> this.lock.run());
    }

    void start(Scene on) {
        scene = on;
        scene.addEventFilter(InputEvent.ANY, activity);
        restart();
    }

    void stop() {
        countdown.stop();
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
            scene = null;
        }
    }

    private void restart() {
        countdown.stop();
        if (settings.current().autoLock()) {
            countdown.setDuration(delay.apply(settings.current()));
            countdown.playFromStart();
        }
    }
}
