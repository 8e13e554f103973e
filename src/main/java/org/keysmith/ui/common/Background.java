package org.keysmith.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs disk, network and KDF work off the FX thread and hands the result (or a user message) back on it.
 * {@link #busyProperty()} is true while anything runs, for progress indicators and disabled buttons.
 */
public final class Background {
    private final Executor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public Background(Executor executor) {
        this.executor = executor;
    }

    /** Starts {@code work}; exactly one of the callbacks runs later on the FX thread. Call on the FX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onError) {
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
        running++;
        busy.set(true);
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            finished();
            onError.accept("Keysmith is shutting down; this was not done.");
        }
        return task;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
