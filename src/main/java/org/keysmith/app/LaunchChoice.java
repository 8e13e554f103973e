package org.keysmith.app;

import java.util.Set;

/**
 * Window or command line, decided from the arguments alone and before anything of either is loaded: the window's
 * start path never loads the command line's library (picocli), and a command never loads JavaFX's toolkit.
 */
final class LaunchChoice {
    private static final Set<String> FLAGS = Set.of("--version", "-V", "--help", "-h");

    private LaunchChoice() {
    }

    /** True when the arguments name a command ({@code key list}, {@code --version}) rather than window options. */
    static boolean isCommand(String[] args) {
        return args.length > 0 && (FLAGS.contains(args[0]) || !args[0].startsWith("-"));
    }
}
