package org.keysmith.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Catches SIGINT, SIGTERM and SIGHUP while {@code keysmith run} waits for its child and hands each to
 * {@code forward} instead of ending the JVM; {@link #close()} puts the JVM's own handlers back. Uses
 * {@code sun.misc.Signal} (module jdk.unsupported, part of the installed runtime): the JDK has no public API for it.
 */
final class PosixSignals implements AutoCloseable {
    private static final List<String> FORWARDED = List.of("INT", "TERM", "HUP");
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    /** {@code forward} gets "INT", "TERM" or "HUP" and says whether a child took it. */
    PosixSignals(Predicate<String> forward) {
        for (String name : FORWARDED) {
            try {
                Signal s = new Signal(name);
                previous.add(Signal.handle(s, sig -> forward.test(name)));
                signals.add(s);
            } catch (IllegalArgumentException unsupported) {
                // this platform has no such signal (HUP on Windows): nothing to forward
            }
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
