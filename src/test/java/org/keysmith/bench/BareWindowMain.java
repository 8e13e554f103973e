package org.keysmith.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for start-up figures: a bare JavaFX window with one label. */
public final class BareWindowMain {
    private BareWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(BareApp.class, args);
    }

    /** The bare application. */
    public static final class BareApp extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 400, 300));
            stage.setOnShown(e -> System.err.println("Main window shown"));
            stage.show();
        }
    }
}
