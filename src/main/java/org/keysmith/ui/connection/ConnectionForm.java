package org.keysmith.ui.connection;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.InvalidInputException;
import org.keysmith.domain.Site;
import org.keysmith.ui.common.Forms;
import org.keysmith.ui.common.SecretField;

/**
 * One connection's fields: name, site (or custom URL), Live/Demo, and the main account's master key. Secrets are
 * typed into {@link SecretField}s; when editing, empty secret fields keep the stored ones.
 */
final class ConnectionForm {
    private final TextField name = new TextField();
    private final ComboBox<Site> site = new ComboBox<>();
    private final TextField customUrl = new TextField();
    private final ComboBox<Environment> environment = new ComboBox<>();
    private final TextField apiKey = new TextField();
    private final SecretField secret = new SecretField();
    private final SecretField passphrase = new SecretField();
    private final Label error = new Label();
    private final VBox box;
    private Connection editing;

    ConnectionForm() {
        name.setId("connName");
        site.setId("connSite");
        site.getItems().setAll(Site.values());
        site.setValue(Site.GLOBAL);
        customUrl.setId("connUrl");
        customUrl.setPromptText("https://… (or http://127.0.0.1:port for a local server)");
        environment.setId("connEnvironment");
        environment.getItems().setAll(Environment.values());
        environment.setValue(Environment.LIVE);
        apiKey.setId("connApiKey");
        secret.setId("connSecret");
        passphrase.setId("connPassphrase");
        error.setId("connError");
        error.getStyleClass().add("field-error");
        Forms.wrapping(error);
        Forms.showWhen(error, error.textProperty().isNotEmpty());
        VBox url = Forms.row(Forms.label("Custom _URL", customUrl), customUrl);
        Forms.showWhen(url, Bindings.equal(site.valueProperty(), Site.CUSTOM));
        box = new VBox(8, Forms.row(Forms.label("_Name", name), name),
                Forms.row(Forms.label("_Site (where you log in to OKX)", site), site), url,
                Forms.row(Forms.label("_Environment", environment), environment,
                        Forms.hint("Demo keys are made under Trade > Demo trading on OKX and work only there.")),
                Forms.hint("The main account's master key (made once on the OKX website with Read + Trade and an IP "
                        + "allowlist):"),
                Forms.row(Forms.label("_API key", apiKey), apiKey),
                Forms.row(Forms.label("Secret _key", secret), secret),
                Forms.row(Forms.label("_Passphrase", passphrase), passphrase), error);
        box.setMinWidth(360);
    }

    void show(Connection c) {
        editing = c;
        clearSecrets();
        error.setText("");
        boolean sandbox = c != null && c.isSandbox();
        box.setDisable(sandbox);
        name.setText(c == null ? "" : c.name());
        site.setValue(c == null ? Site.GLOBAL : c.site());
        customUrl.setText(c == null || c.customBaseUrl() == null ? "" : c.customBaseUrl());
        environment.setValue(c == null ? Environment.LIVE : c.environment());
        apiKey.setText(c == null || c.masterKey() == null ? "" : c.masterKey().apiKey());
        String keep = c == null || sandbox ? "" : "(unchanged)";
        secret.setPromptText(keep);
        passphrase.setPromptText(keep);
    }

    /** The connection as typed, or empty with the problem shown under the form. */
    Optional<Connection> read() {
        error.setText("");
        try {
            if (name.getText().isBlank() || apiKey.getText().isBlank()) {
                throw new InvalidInputException("Give the connection a name and enter the master key's API key.");
            }
            Connection typed = new Connection(editing == null ? UUID.randomUUID().toString() : editing.id(),
                    name.getText().strip(), site.getValue(), customUrl.getText().strip(), environment.getValue(),
                    null);
            return Optional.of(typed.withMasterKey(credentials(typed.baseUrl())));
        } catch (InvalidInputException e) {
            error.setText(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The master key as typed, or the stored one when its fields were left empty. A stored secret is kept only
     * for the same address: sent to a new host, it needs to be typed again (and the service asks for the master
     * password).
     */
    private ApiCredentials credentials(String baseUrl) {
        boolean keep = editing != null && editing.masterKey() != null && secret.secretLength() == 0
                && passphrase.secretLength() == 0 && apiKey.getText().strip().equals(editing.masterKey().apiKey());
        if (keep && !editing.baseUrl().equals(baseUrl)) {
            throw new InvalidInputException("The address changed from " + editing.baseUrl() + " to " + baseUrl
                    + ". Enter the master key's secret key and passphrase again, so they are sent to the new "
                    + "address only because you typed them for it; Keysmith also asks for your master password.");
        }
        if (keep) {
            return new ApiCredentials(editing.masterKey().apiKey(), editing.masterKey().secretKey().copy(),
                    editing.masterKey().passphrase().copy());
        }
        if (secret.secretLength() == 0 || passphrase.secretLength() == 0) {
            throw new InvalidInputException("Enter the master key's secret key and passphrase.");
        }
        return new ApiCredentials(apiKey.getText().strip(), secret.secret(), passphrase.secret());
    }

    void showError(String message) {
        error.setText(message);
    }

    void clearSecrets() {
        secret.wipe();
        passphrase.wipe();
    }

    Node node() {
        return box;
    }
}
