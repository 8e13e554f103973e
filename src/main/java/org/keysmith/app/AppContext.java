package org.keysmith.app;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.keysmith.service.AppPaths;
import org.keysmith.service.SettingsService;
import org.keysmith.service.SettingsStore;
import org.keysmith.vault.AtomicFiles;

/**
 * Hand-written wiring: builds every service once and hands them to the windows. Tests build one with
 * their own paths, clock and executor.
 */
public final class AppContext implements AutoCloseable {
    private final AppPaths paths;
    private final Clock clock;
    private final ExecutorService executor;
    private final SettingsService settings;

    public AppContext(AppPaths paths, Clock clock, ExecutorService executor) {
        this.paths = paths;
        this.clock = clock;
        this.executor = executor;
        this.settings = new SettingsService(new SettingsStore(paths.settingsFile(), new AtomicFiles()), executor);
    }

    public static AppContext create(AppPaths paths) {
        return new AppContext(paths, Clock.systemUTC(), AppExecutor.create());
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    /** The one app-wide executor for disk, network and KDF work; never the FX thread. */
    public ExecutorService executor() {
        return executor;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Lets queued work (such as the last settings save) finish, then stops the executor. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
