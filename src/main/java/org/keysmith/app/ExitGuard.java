package org.keysmith.app;

import java.util.List;
import sun.misc.Signal;

/**
 * Runs the app's close (clear the clipboard if it still holds a secret, lock and save the vault) when the process
 * is ended by SIGTERM, SIGHUP (logout) or SIGINT, then exits with 128 + the signal's number as a shell reports it.
 * JavaFX calls {@code Application.stop()} only when its own last window closes, and a JVM shutdown hook is too
 * late: JavaFX no longer runs anything on its thread then, and the clipboard can only be touched there (review M8).
 * So the signal is caught before the JVM starts to shut down, with {@code sun.misc.Signal} (module jdk.unsupported,
 * part of the installed runtime; {@code keysmith run} forwards signals the same way). The close it runs must be
 * safe to call twice: a normal exit runs it from {@code stop()}.
 */
final class ExitGuard {
    private static final List<String> ENDING = List.of("TERM", "HUP", "INT");
    private final Runnable close;
    private final Exit exit;

    /** How the process ends after the close; {@link System#exit} in the app. */
    interface Exit {
        void exit(int code);
    }

    ExitGuard(Runnable close, Exit exit) {
        this.close = close;
        this.exit = exit;
    }

    /** Catches the ending signals from now on. */
    void install() {
        for (String name : ENDING) {
            try {
                Signal.handle(new Signal(name), this::ended);
            } catch (IllegalArgumentException unsupported) {
                // this platform has no such signal (HUP on Windows)
            }
        }
    }

    private void ended(Signal signal) {
        try {
            close.run();
        } finally {
            exit.exit(128 + signal.getNumber());
        }
    }
}
