package org.keysmith.ui.addkey;

import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExistingKey;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.VerifyFailure.Field;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;

/**
 * The fields of "Add existing key": name, description, site, Live/Demo, API key, and the secret key (paste only)
 * and passphrase as {@link SecretField}s. Nothing is cleared on an error; secrets are wiped when the dialog closes.
 */
final class AddKeyForm {
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final ComboBox<KeyPlace> place = new ComboBox<>();
    private final ComboBox<Environment> environment = new ComboBox<>();
    private final TextField apiKey = new TextField();
    private final SecretField secret = new SecretField().pasteOnly();
    private final SecretField passphrase = new SecretField();
    private final VBox box;

    AddKeyForm(KeyPlace initialPlace) {
        id(name, "addName");
        id(description, "addDescription");
        id(place, "addSite");
        id(environment, "addEnvironment");
        id(apiKey, "addApiKey");
        id(secret, "addSecret");
        id(passphrase, "addPassphrase");
        name.setPromptText("the key's note on OKX, e.g. gridbot");
        apiKey.setPromptText("e.g. 1a2b3c4d-5e6f-…");
        secret.setPromptText("paste with Ctrl+V");
        place.getItems().setAll(KeyPlace.values());
        place.setValue(initialPlace);
        environment.getItems().setAll(Environment.values());
        environment.setValue(Environment.LIVE);
        HBox where = new HBox(8, place, environment);
        HBox.setHgrow(place, Priority.ALWAYS);
        place.setMaxWidth(Double.MAX_VALUE);
        box = new VBox(8,
                Forms.row(Forms.label("_Name", name), name),
                Forms.row(Forms.label("_Description (only in Keysmith)", description), description),
                Forms.row(Forms.label("_Site and environment", place), where,
                        Forms.hint("The site you log in to; Demo for keys made under Demo trading.")),
                Forms.row(Forms.label("_API key", apiKey), apiKey),
                Forms.row(Forms.label("_Secret key", secret), secret,
                        Forms.hint("Paste it: typing is off so a long random secret can't be mistyped. "
                                + "It is never shown again.")),
                Forms.row(Forms.label("_Passphrase", passphrase), passphrase));
        box.setPrefWidth(460);
    }

    /** What was typed; the caller destroys it. */
    ExistingKey read() {
        return new ExistingKey(name.getText(), description.getText(), environment.getValue(), apiKey.getText(),
                secret.secret(), passphrase.secret());
    }

    KeyPlace place() {
        return place.getValue();
    }

    /** Marks the field an error is about (and only that one). */
    void flag(Field field) {
        for (Control c : new Control[] {place, environment, apiKey, secret, passphrase}) {
            c.getStyleClass().remove("field-invalid");
        }
        Control c = switch (field) {
            case SITE -> place;
            case ENVIRONMENT -> environment;
            case API_KEY -> apiKey;
            case SECRET_KEY -> secret;
            case PASSPHRASE -> passphrase;
            case NONE -> null;
        };
        if (c != null) {
            c.getStyleClass().add("field-invalid");
            c.requestFocus();
        }
    }

    /** Everything a change of which makes an earlier verification stale. */
    Observable[] inputs() {
        return new Observable[] {name.textProperty(), place.valueProperty(), environment.valueProperty(),
            apiKey.textProperty(), secret.textProperty(), passphrase.textProperty()};
    }

    void wipe() {
        secret.wipe();
        passphrase.wipe();
    }

    Node node() {
        return box;
    }

    void focus() {
        name.requestFocus();
    }

    private static void id(Control c, String id) {
        c.setId(id);
    }
}
