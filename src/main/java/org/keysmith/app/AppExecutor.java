package org.keysmith.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app-wide background threads: named daemon threads that log anything uncaught. The worker pool is bounded
 * (work beyond {@link #WORKERS} waits its turn instead of starting ever more threads); idle workers end after 30 s.
 */
final class AppExecutor {
    /** Enough for a few exchange calls, a save and a KDF at once; more only queue. */
    static final int WORKERS = 6;
    private static final System.Logger LOG = System.getLogger(AppExecutor.class.getName());

    private AppExecutor() {
    }

    static ExecutorService create() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads("keysmith-worker-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** One thread for timers (clipboard clearing, rotation grace periods). */
    static ScheduledExecutorService timer() {
        return Executors.newSingleThreadScheduledExecutor(threads("keysmith-timer-"));
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) ->
                    LOG.log(Level.ERROR, "Unexpected error in " + thread.getName(), e));
            return t;
        };
    }
}
