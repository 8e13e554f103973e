package org.keysmith.app.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.keysmith.app.AppContext;

/**
 * What the commands run with: the process's streams, its console (null without a terminal), its environment
 * (read for {@code CREDENTIALS_DIRECTORY} only) and how to build the app's services for a vault.
 */
public record CliEnvironment(InputStream in, PrintStream out, PrintStream err, Console console,
                             Map<String, String> env, Contexts contexts) {

    /** Builds the app's services for the vault named by {@code --vault} (or the default one). */
    @FunctionalInterface
    public interface Contexts {
        AppContext open(Optional<String> vault);
    }

    boolean hasTerminal() {
        return console != null;
    }
}
