package org.keysmith.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs disk, network and KDF work off the FX thread and hands the result (or a user message) back on it.
 * {@link #busyProperty()} is true while anything runs, for progress indicators and disabled buttons.
 * {@link #direct()} runs the work on the calling thread instead, so view models can be tested without a toolkit.
 */
public final class Background {
    private final Executor executor;
    private final boolean direct;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public Background(Executor executor) {
        this(executor, false);
    }

    private Background(Executor executor, boolean direct) {
        this.executor = executor;
        this.direct = direct;
    }

    /** Tests: runs each job at once on the calling thread, then its callback (no FX thread needed). */
    public static Background direct() {
        return new Background(Runnable::run, true);
    }

    /** Starts {@code work}; exactly one of the callbacks runs later on the FX thread. Call on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onError) {
        if (direct) {
            runHere(work, onSuccess, onError);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onError.accept(ErrorMessages.of(task.getException()));
        });
        started();
        try {
            executor.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            finished();
            onError.accept("Keysmith is shutting down; this was not done.");
        }
    }

    private <T> void runHere(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onError) {
        started();
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            finished();
            onError.accept(ErrorMessages.of(e));
            return;
        }
        finished();
        onSuccess.accept(result);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
