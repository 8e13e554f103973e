package org.keysmith.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The app-wide background executor: named daemon threads that log anything uncaught. */
final class AppExecutor {
    private static final System.Logger LOG = System.getLogger(AppExecutor.class.getName());

    private AppExecutor() {
    }

    static ExecutorService create() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "keysmith-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) ->
                    LOG.log(Level.ERROR, "Unexpected error in " + thread.getName(), e));
            return t;
        };
        return Executors.newCachedThreadPool(factory);
    }
}
