package org.keysmith.ui.wizard;

import java.util.function.Consumer;
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
import org.keysmith.ui.common.Reauth;

/**
 * The one call to the exchange the wizard makes: create the key. Runs in the background; a second click
 * while it runs does nothing. The outcome is either a created key (to reveal once), a key whose secret was
 * lost with the response (to offer revoking), or an error message with nothing lost.
 *
 * <p>The request's passphrase is copied here, on the FX thread, before the work starts: closing the wizard (or a
 * lock) wipes the wizard's passphrase, never the one the create is using. If the wizard was closed before the
 * answer came (a lock, the app stopping), the revealed copies are wiped at once and {@code late} hears in plain
 * words what became of the key: the service saved it (or recorded it "being created") before the lock went ahead.
 */
public final class CreationModel {
    private final KeyService keys;
    private final Connection connection;
    private final Background background;
    private final Reauth reauth;
    private final Consumer<String> late;
    private final ReadOnlyObjectWrapper<CreateResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private boolean disposed;

    public CreationModel(KeyService keys, Connection connection, Background background, Reauth reauth,
                         Consumer<String> late) {
        this.keys = keys;
        this.connection = connection;
        this.background = background;
        this.reauth = reauth;
        this.late = late;
    }

    public void create(KeyRequest request) {
        if (disposed || background.isBusy() || result.get() instanceof CreateResult.Created) {
            return;
        }
        error.set("");
        KeyRequest own = new KeyRequest(request.name(), request.description(), request.type(),
                request.subAccount(), request.permissions(), request.ips(), request.passphrase().copy());
        reauth.run(background, () -> keys.create(connection, own), created -> {
            own.passphrase().destroy();
            arrived(created);
        }, message -> {
            own.passphrase().destroy();
            if (disposed) {
                late.accept("The key \"" + request.name().value() + "\" was not created: " + message);
            } else {
                error.set(message);
            }
        });
    }

    private void arrived(CreateResult r) {
        if (!disposed) {
            result.set(r);
            return;
        }
        String name = r.entry().name();
        if (r instanceof CreateResult.Created created) {
            created.destroyRevealedSecrets();
            late.accept(created.notSaved()
                    ? "The key \"" + name + "\" was created while the wizard was closing, but it could not be saved "
                    + "to your vault: " + created.saveProblem() + " Revoke it on the OKX website if it is not in "
                    + "your key list after you unlock."
                    : "The key \"" + name + "\" was created while the wizard was closing, and saved to your vault: "
                    + "copy its secret key from the key list.");
        } else if (r instanceof CreateResult.SecretLost lost) {
            late.accept(lost.explanation());
        }
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

    /** Wipes the revealed copies of the secret and passphrase; a result that comes later is wiped on arrival. */
    public void dispose() {
        disposed = true;
        if (result.get() instanceof CreateResult.Created created) {
            created.destroyRevealedSecrets();
        }
    }
}
