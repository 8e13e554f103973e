package org.keysmith.app;

import atlantafx.base.theme.PrimerLight;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.keysmith.service.AppPaths;
import org.keysmith.ui.keys.MainWindow;

/** The JavaFX application: applies the theme and opens the main window. */
public final class KeysmithApp extends Application {
    private static final System.Logger LOG = System.getLogger(KeysmithApp.class.getName());
    private AppContext context;
    private MainWindow mainWindow;
    private Stage stage;

    /** Used by {@link Application#launch}: builds its own context from the command line and environment. */
    public KeysmithApp() {
    }

    /** Used by tests: runs on the given context. */
    public KeysmithApp(AppContext context) {
        this.context = context;
    }

    /** Runs on the launcher thread, so reading files here does not hold up the FX thread. */
    @Override
    public void init() {
        if (context == null) {
            context = AppContext.create(AppPaths.forThisProcess(vaultArgument(getParameters().getRaw())));
        }
        context.settings().load();
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        mainWindow = new MainWindow(context.paths(), context.settings());
        mainWindow.install(stage);
        stage.setOnShown(e -> LOG.log(Level.INFO, "Main window shown"));
        stage.show();
    }

    @Override
    public void stop() {
        if (mainWindow != null && stage.isShowing()) {
            mainWindow.rememberGeometry(stage);
        }
        context.close();
    }

    static Optional<String> vaultArgument(List<String> args) {
        int i = args.indexOf("--vault");
        return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
    }
}
