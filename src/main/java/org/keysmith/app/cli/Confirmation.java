package org.keysmith.app.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --yes}: the question before a destructive or exchange-changing command (revoke, finish-rotation,
 * connection remove, connection test --round-trip), a picocli mixin. The question is asked on the terminal and
 * skipped with {@code --yes}; without a terminal and without {@code --yes} the command refuses (exit 64).
 */
final class Confirmation {
    @Option(names = {"--yes", "-y"}, description = "Do not ask (needed when there is no terminal to ask on).")
    boolean yes;

    /** Before anything is read: refuse at once when nobody could answer. */
    void possible(CliEnvironment env, String command) throws CliFailure {
        if (!yes && !env.hasTerminal()) {
            throw CliFailure.usage("there is no terminal to confirm " + command + " on; add --yes to do it anyway");
        }
    }

    /** Asks {@code question}; anything but y or yes stops the command with nothing changed. */
    void ask(CliEnvironment env, String question) throws CliFailure {
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
