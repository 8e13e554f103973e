package org.keysmith.app;

/** One CLI command ({@code keysmith <name> ...}). */
public interface CliCommand {
    String name();

    /** One line for {@code --help}. */
    String summary();

    /** Runs with the arguments after the command name; returns the process exit code. */
    int run(String[] args, CliIo io);
}
