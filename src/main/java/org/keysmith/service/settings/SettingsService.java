package org.keysmith.service.settings;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The current settings in memory, saved in the background after each change. Saves run one at a time in
 * order, so the newest settings always win on disk.
 */
public final class SettingsService {
    private static final System.Logger LOG = System.getLogger(SettingsService.class.getName());
    private final SettingsStore store;
    private final Executor executor;
    private final AtomicReference<Settings> current = new AtomicReference<>(Settings.defaults());
    private final Object saveLock = new Object();

    public SettingsService(SettingsStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** Reads the file; call off the FX thread (at start-up, in {@code Application.init}). */
    public Settings load() {
        Settings loaded = store.load();
        current.set(loaded);
        return loaded;
    }

    public Settings current() {
        return current.get();
    }

    /**
     * Applies {@code change} and saves in the background. During shutdown, when the executor no longer takes
     * work, the save runs at once so the last change is not lost.
     */
    public Settings update(UnaryOperator<Settings> change) {
        Settings next = current.updateAndGet(change);
        try {
            executor.execute(this::saveCurrent);
        } catch (RejectedExecutionException shuttingDown) {
            saveCurrent();
        }
        return next;
    }

    private void saveCurrent() {
        synchronized (saveLock) {
            try {
                store.save(current.get());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Settings not saved: {0}", e.getMessage());
            }
        }
    }
}
