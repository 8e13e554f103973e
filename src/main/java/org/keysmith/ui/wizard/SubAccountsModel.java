package org.keysmith.ui.wizard;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccount;
import org.keysmith.domain.SubAccountName;
import org.keysmith.domain.SubAccountNote;
import org.keysmith.service.KeyService;
import org.keysmith.ui.common.Background;

/** The wizard's sub-account picker: loads the list from the exchange and creates new sub-accounts. */
public final class SubAccountsModel {
    private final KeyService keys;
    private final Connection connection;
    private final Background loading;
    private final Background creating;
    private final ObservableList<SubAccount> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper createError = new ReadOnlyStringWrapper("");

    public SubAccountsModel(KeyService keys, Connection connection, Background loading, Background creating) {
        this.keys = keys;
        this.connection = connection;
        this.loading = loading;
        this.creating = creating;
    }

    public ObservableList<SubAccount> items() {
        return items;
    }

    /** Fetches the list in the background; {@link #loadingProperty()} is true meanwhile. */
    public void load() {
        loadError.set("");
        loading.run(() -> keys.subAccounts(connection), items::setAll, loadError::set);
    }

    /** Creates a sub-account without a login password (see the four-argument form). */
    public void create(String name, String label, Consumer<SubAccount> onCreated) {
        create(name, label, null, onCreated);
    }

    /**
     * Creates a sub-account; on success it is added to the list and handed to {@code onCreated}. {@code password} is
     * the login password OKX asks of KYB main accounts (null or empty: none); this model wipes it when done. A
     * warning about the new account (its account level was not set up) shows where errors do.
     */
    public void create(String name, String label, Secret password, Consumer<SubAccount> onCreated) {
        var parsed = SubAccountName.parse(name);
        if (!parsed.isValid()) {
            createError.set(parsed.error().orElseThrow());
            wipe(password);
            return;
        }
        var note = SubAccountNote.parse(label);
        if (!note.isValid()) {
            createError.set(note.error().orElseThrow());
            wipe(password);
            return;
        }
        createError.set("");
        Secret pwd = password == null || password.isEmpty() ? null : password;
        creating.run(() -> {
            try {
                return keys.createSubAccount(connection, parsed.get(), note.get(), pwd);
            } finally {
                wipe(password);
            }
        }, created -> {
            items.add(created.account());
            createError.set(created.warningText().orElse(""));
            onCreated.accept(created.account());
        }, createError::set);
    }

    private static void wipe(Secret s) {
        if (s != null) {
            s.destroy();
        }
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.busyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.busyProperty();
    }

    public ReadOnlyStringProperty createErrorProperty() {
        return createError.getReadOnlyProperty();
    }
}
