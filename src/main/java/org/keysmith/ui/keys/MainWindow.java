package org.keysmith.ui.keys;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.keysmith.service.AppPaths;
import org.keysmith.service.SettingsService;
import org.keysmith.ui.common.Icons;
import org.keysmith.ui.common.StageGeometry;
import org.keysmith.ui.common.Styles;

/** The main window: the key table and a status bar. Remembers its size and position. */
public final class MainWindow {
    private final AppPaths paths;
    private final SettingsService settings;

    public MainWindow(AppPaths paths, SettingsService settings) {
        this.paths = paths;
        this.settings = settings;
    }

    public void install(Stage stage) {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        KeyTable keys = new KeyTable();
        root.setCenter(keys.view());
        root.setTop(new KeyToolbar(keys).node());
        root.setBottom(statusBar());
        stage.setTitle("Keysmith");
        Icons.apply(stage);
        stage.setScene(Styles.apply(new Scene(root)));
        StageGeometry.apply(stage, settings.current().windowBounds());
        stage.setOnHiding(e -> rememberGeometry(stage));
    }

    /** Saves where the window is; called when it closes and when the app stops. */
    public void rememberGeometry(Stage stage) {
        settings.update(s -> s.withWindow(StageGeometry.capture(stage)));
    }

    private Label statusBar() {
        Label status = new Label("Vault: " + paths.vaultFile());
        status.setId("statusBar");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        return status;
    }
}
