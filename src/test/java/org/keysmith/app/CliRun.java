package org.keysmith.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs CLI commands in-process with a given standard input and keeps what they wrote (tests only). */
final class CliRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliCommand command;

    CliRun(CliCommand command) {
        this.command = command;
    }

    /** Runs {@code args} (the command's name first) with {@code stdin} and no console; the exit code. */
    int run(String stdin, String... args) {
        out.reset();
        err.reset();
        return new Cli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null).register(command).run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
