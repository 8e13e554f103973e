package org.keysmith.app;

import java.util.List;
import java.util.Locale;

/**
 * Plain words for JavaFX failing to start its toolkit: run over SSH, on a server, or on a Linux desktop without GTK
 * 3, the app would otherwise end in a stack trace. JavaFX reports these as an UnsupportedOperationException from
 * {@code Application.launch} ("Unable to open DISPLAY", "Unable to load glass GTK library.").
 */
final class ToolkitFailure {
    /**
     * Written out here (not read from the command tree) so the window's start path never loads picocli; a test
     * checks that each one is a command.
     */
    static final List<String> COMMAND_NAMES = List.of("vault create", "connection add", "connection test",
            "key create", "key list", "key show", "key verify", "key rotate", "key finish-rotation", "key revoke",
            "key edit", "key add", "sync", "audit", "export", "run", "vault check");
    static final String COMMANDS = "keysmith --help lists the commands (" + String.join(", ", COMMAND_NAMES)
            + "); each answers --help, and docs/cli.md walks through them.";
    private ToolkitFailure() {
    }

    static String describe(String detail) {
        String what = detail == null ? "" : detail.strip();
        String lower = what.toLowerCase(Locale.ROOT);
        String advice;
        if (lower.contains("display")) {
            advice = "There is no graphical display here (DISPLAY is not set, or its X server cannot be reached)."
                    + " Start Keysmith from a desktop session, or use its command line: " + COMMANDS;
        } else if (lower.contains("gtk")) {
            advice = "JavaFX needs the GTK 3 library. Install it (Debian/Ubuntu: sudo apt install libgtk-3-0;"
                    + " Fedora: sudo dnf install gtk3) and start Keysmith again.";
        } else {
            advice = "Start Keysmith from a desktop session, or use its command line: " + COMMANDS;
        }
        return "Keysmith could not open its window" + (what.isEmpty() ? "." : ": " + what) + System.lineSeparator()
                + advice;
    }
}
