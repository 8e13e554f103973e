package org.keysmith.ui.wizard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.keysmith.domain.Connection;
import org.keysmith.domain.KeyRequest;
import org.keysmith.service.CreateResult;
import org.keysmith.service.KeyService;
import org.keysmith.ui.common.Background;

/**
 * The one call to the exchange the wizard makes: create the key. Runs in the background; a second click
 * while it runs does nothing. The outcome is either a created key (to reveal once), a key whose secret was
 * lost with the response (to offer revoking), or an error message with nothing lost.
 */
public final class CreationModel {
    private final KeyService keys;
    private final Connection connection;
    private final Background background;
    private final ReadOnlyObjectWrapper<CreateResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public CreationModel(KeyService keys, Connection connection, Background background) {
        this.keys = keys;
        this.connection = connection;
        this.background = background;
    }

    public void create(KeyRequest request) {
        if (background.isBusy() || result.get() instanceof CreateResult.Created) {
            return;
        }
        error.set("");
        background.run(() -> keys.create(connection, request), result::set, error::set);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public ReadOnlyObjectProperty<CreateResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Clears an error shown on the review page (after the user went back to fix something). */
    public void clearError() {
        error.set("");
    }

    /** Wipes the revealed copies of the secret and passphrase. */
    public void dispose() {
        if (result.get() instanceof CreateResult.Created) {
            ((CreateResult.Created) result.get()).destroyRevealedSecrets();
        }
    }
}
