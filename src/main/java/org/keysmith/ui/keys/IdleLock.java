package org.keysmith.ui.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;
import org.keysmith.service.settings.SettingsService;
import org.keysmith.ui.common.FxDurations;

/**
 * Locks the vault after the configured minutes without a key press or mouse action in ANY Keysmith window (the
 * main window, the wizard, every dialog), and when the computer slept: a timer checks the wall clock every
 * {@code tick}, and a gap between two checks much longer than the tick means the machine was suspended (the FX
 * thread did not run). Both only while auto-lock is on. Time comes from the injected clock, so an idle time or
 * a sleep is measured in wall time, which keeps running while the machine sleeps. FX thread only.
 */
final class IdleLock {
    /** A gap between two checks this much longer than the tick is taken as a suspend. */
    static final Duration SLEEP_GAP = Duration.ofSeconds(30);
    private final SettingsService settings;
    private final Clock clock;
    private final Duration tick;
    private final Duration sleepGap;
    private final Consumer<String> lock;
    private final EventHandler<InputEvent> activity = e -> activity();
    private final ListChangeListener<Window> windows = change -> {
        while (change.next()) {
            change.getRemoved().forEach(this::unwatch);
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private final Timeline timer = new Timeline();
    private Instant lastActivity;
    private Instant lastCheck;
    private boolean running;

    /** {@code lock} receives why it locks, in words for the unlock screen. */
    IdleLock(SettingsService settings, Clock clock, Duration tick, Consumer<String> lock) {
        this(settings, clock, tick, SLEEP_GAP, lock);
    }

    /** Tests: another gap that counts as a suspend. */
    IdleLock(SettingsService settings, Clock clock, Duration tick, Duration sleepGap, Consumer<String> lock) {
        this.settings = settings;
        this.clock = clock;
        this.tick = tick;
        this.sleepGap = sleepGap;
        this.lock = lock;
        timer.getKeyFrames().add(new KeyFrame(FxDurations.millis(tick.toMillis()), e -> check()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts watching every window that is open now or opens later. */
    void start() {
        running = true;
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(windows);
        lastActivity = clock.instant();
        lastCheck = lastActivity;
        timer.play();
    }

    void stop() {
        running = false;
        timer.stop();
        Window.getWindows().removeListener(windows);
        Window.getWindows().forEach(this::unwatch);
    }

    /** One check of the clock (the timer calls it every tick; tests call it after moving their clock). */
    void check() {
        if (!running) {
            return;
        }
        Instant now = clock.instant();
        Instant before = lastCheck;
        lastCheck = now;
        if (!settings.current().autoLock()) {
            return;
        }
        if (before != null && Duration.between(before, now).compareTo(tick.plus(sleepGap)) > 0) {
            fire("Keysmith locked because the computer was asleep.");
        } else if (!Duration.between(lastActivity, now).minus(idleTime()).isNegative()) {
            fire("Keysmith locked after " + settings.current().autoLockMinutes() + " minute(s) without input.");
        }
    }

    private Duration idleTime() {
        return Duration.ofMinutes(settings.current().autoLockMinutes());
    }

    private void fire(String why) {
        stop();
        lock.accept(why);
    }

    private void activity() {
        lastActivity = clock.instant();
    }

    private void watch(Window w) {
        w.addEventFilter(InputEvent.ANY, activity);
    }

    private void unwatch(Window w) {
        w.removeEventFilter(InputEvent.ANY, activity);
    }
}
