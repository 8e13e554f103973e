package org.keysmith.app;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.keysmith.service.AppPaths;
import org.keysmith.ui.UiServices;
import org.keysmith.ui.common.Themes;
import org.keysmith.ui.keys.MainWindow;

/** The JavaFX application: applies the theme and opens the main window. */
public final class KeysmithApp extends Application {
    private static final System.Logger LOG = System.getLogger(KeysmithApp.class.getName());
    private AppContext context;
    private MainWindow mainWindow;
    private Stage stage;
    private boolean vaultExists;

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
            new ExitGuard(context::close, System::exit).install();
        }
        context.settings().load();
        vaultExists = context.session().exists();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Themes.apply(context.settings().current().theme(), System.getenv());
        mainWindow = new MainWindow(services());
        mainWindow.install(stage, vaultExists);
        stage.setOnShown(e -> {
            LOG.log(Level.INFO, "Main window shown");
            context.warmUpInBackground(!vaultExists);
            context.screenLock().start();
            context.guardianTimer().start();
        });
        stage.show();
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            mainWindow.shutdown();
            if (stage.isShowing()) {
                mainWindow.rememberGeometry(stage);
            }
            stage.setOnShown(null);
            stage.setOnHiding(null);
        }
        context.close();
    }

    private UiServices services() {
        return new UiServices(context.paths(), context.settings(), context.session(), context.connections(),
                context.keys(), context.rotation(), context.rotationTimer(), context.auditLog(), context.hygiene(),
                context.exports(), context.clipboard(), context.publicIp(), context.passwordStrength(),
                context.passwordPolicy(), context.executor(), context.clock(), getHostServices(), context.leakScan(),
                context.panicRevoke(), context.doctor(), context.ipGuardian(), context.guardianTimer(),
                context.deployments(), context.slots(), context.runRecipes(), context.keepAlive());
    }

    static Optional<String> vaultArgument(List<String> args) {
        int i = args.indexOf("--vault");
        return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
    }
}
