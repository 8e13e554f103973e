package org.keysmith.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.logging.LogManager;
import javafx.application.Application;
import org.keysmith.service.AppPaths;
import org.keysmith.files.AtomicFiles;
import org.keysmith.vault.VaultStore;

/**
 * Entry point. A plain class (not an {@link Application}) so the app starts with JavaFX on the class path.
 * With a command ({@code sandbox}, {@code vault}, {@code --version}, ...) it runs the CLI and exits;
 * otherwise it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging();
        if (Cli.isCommand(args)) {
            int code = new Cli(System.in, System.out, System.err, System.console())
                    .register(new SandboxCommand())
                    .register(new VaultCommand(new VaultStore(new AtomicFiles(), Clock.systemUTC()), AppPaths::forThisProcess))
                    .register(new KeyCommand(v -> AppContext.create(AppPaths.forThisProcess(v))))
                    .register(new ExportCommand(v -> AppContext.create(AppPaths.forThisProcess(v))))
                    .run(args);
            System.exit(code);
        }
        try {
            Application.launch(KeysmithApp.class, args);
        } catch (UnsupportedOperationException toolkitDidNotStart) {
            System.err.println(ToolkitFailure.describe(toolkitDidNotStart.getMessage()));
            System.exit(1);
        }
    }

    /** One-line log records on stderr, unless the user configured java.util.logging themselves. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = Launcher.class.getResourceAsStream("/org/keysmith/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("Keysmith: could not read its logging settings: " + e.getMessage());
        }
    }
}
