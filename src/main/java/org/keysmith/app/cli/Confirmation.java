package org.keysmith.app.cli;

import java.util.Locale;

/**
 * The question before a destructive command (revoke, finish-rotation, connection remove): asked on the terminal,
 * skipped with {@code --yes}; without a terminal and without {@code --yes} the command refuses (exit 64).
 */
final class Confirmation {
    private Confirmation() {
    }

    /** Before anything is read: refuse at once when nobody could answer. */
    static void possible(CliEnvironment env, boolean yes, String command) throws CliFailure {
        if (!yes && !env.hasTerminal()) {
            throw CliFailure.usage("there is no terminal to confirm " + command + " on; add --yes to do it anyway");
        }
    }

    /** Asks {@code question}; anything but y or yes stops the command with nothing changed. */
    static void ask(CliEnvironment env, boolean yes, String question) throws CliFailure {
        if (yes) {
            return;
        }
        if (!env.hasTerminal()) {
            throw CliFailure.usage("there is no terminal to confirm on; add --yes to do it anyway");
        }
        String answer = env.console().readLine("%s [y/N] ", question);
        String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        if (!a.equals("y") && !a.equals("yes")) {
            throw new CliFailure(ExitCode.ERROR, "not confirmed; nothing was changed");
        }
    }
}
