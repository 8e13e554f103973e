package org.keysmith.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;
import javafx.application.Application;
import org.keysmith.app.cli.CliEnvironment;
import org.keysmith.app.cli.CliMain;
import org.keysmith.service.AppPaths;

/**
 * Entry point. A plain class (not an {@link Application}) so the app starts with JavaFX on the class path.
 * With a command ({@code key list}, {@code vault create}, {@code --version}, ...) it runs the command line
 * (org.keysmith.app.cli) and exits; otherwise it opens the window without loading the command line's classes.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging();
        if (LaunchChoice.isCommand(args)) {
            System.exit(CliMain.run(args, new CliEnvironment(System.in, System.out, System.err, System.console(),
                    System.getenv(), vault -> AppContext.create(AppPaths.forThisProcess(vault)))));
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
