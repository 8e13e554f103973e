package org.keysmith.service;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ends rotations whose grace period is over while Keysmith stays unlocked, whichever window is open: every
 * {@code every} it asks {@link KeyRotation#revokeDue} and tells its listeners what happened (one line per rotation).
 */
public final class RotationTimer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RotationTimer.class.getName());
    private final KeyRotation rotation;
    private final VaultSession session;
    private final ScheduledExecutorService scheduler;
    private final Duration every;
    private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> task;

    public RotationTimer(KeyRotation rotation, VaultSession session, ScheduledExecutorService scheduler,
                         Duration every) {
        this.rotation = rotation;
        this.session = session;
        this.scheduler = scheduler;
        this.every = every;
    }

    /** Hears the lines of each round that did something (on the timer's thread); run the result to stop. */
    public Runnable onResult(Consumer<List<String>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::runOnce, every.toMillis(), every.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** One round: revokes the old keys that are due (when unlocked). */
    void runOnce() {
        if (!session.isUnlocked()) {
            return;
        }
        try {
            List<String> lines = rotation.revokeDue();
            if (!lines.isEmpty()) {
                listeners.forEach(l -> l.accept(lines));
            }
        } catch (UserFacingException e) {
            LOG.log(Level.DEBUG, "Rotation check skipped: {0}", e.userMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rotation check failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
