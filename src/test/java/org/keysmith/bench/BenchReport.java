package org.keysmith.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints {@code BENCH <suite> <metric> <value> <unit>} lines. */
public final class BenchReport {
    private final String suite;
    private final PrintStream out;

    public BenchReport(String suite, PrintStream out) {
        this.suite = suite;
        this.out = out;
    }

    public void metric(String name, double value, String unit) {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value);
        out.println("BENCH " + suite + " " + name + " " + v + " " + unit);
        out.flush();
    }

    /** A note for people, not a figure (prefixed so tools reading BENCH lines skip it). */
    public void note(String text) {
        out.println("# " + suite + ": " + text);
    }
}
