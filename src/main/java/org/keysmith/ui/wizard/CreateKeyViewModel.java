package org.keysmith.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.keysmith.domain.Connection;
import org.keysmith.domain.DraftCheck;
import org.keysmith.domain.KeyDraft;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccount;
import javafx.beans.Observable;

/**
 * The state of the create-key wizard shared by all its pages: what the user entered, the live check of it
 * (every field's problem at once, from {@link KeyDraft#check()}), and the background parts
 * ({@link #subAccounts()}, {@link #creation()}).
 */
public final class CreateKeyViewModel {
    private final Connection connection;
    private final SubAccountsModel subAccounts;
    private final CreationModel creation;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<KeyType> type = new SimpleObjectProperty<>(KeyType.defaultType());
    private final ObjectProperty<SubAccount> subAccount = new SimpleObjectProperty<>();
    private final BooleanProperty trade = new SimpleBooleanProperty(false);
    private final StringProperty ipText = new SimpleStringProperty("");
    private final IntegerProperty passphraseChanges = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<DraftCheck> check = new ReadOnlyObjectWrapper<>();
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private Secret passphrase = Secret.copyOf(new char[0]);

    public CreateKeyViewModel(Connection connection, SubAccountsModel subAccounts, CreationModel creation) {
        this.connection = connection;
        this.subAccounts = subAccounts;
        this.creation = creation;
        for (Field f : Field.values()) {
            errors.put(f, new SimpleStringProperty(""));
        }
        for (var input : new Observable[] {name, type, subAccount, trade, ipText, passphraseChanges}) {
            input.addListener(o -> recheck());
        }
        recheck();
    }

    public Connection connection() {
        return connection;
    }

    public SubAccountsModel subAccounts() {
        return subAccounts;
    }

    public CreationModel creation() {
        return creation;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<KeyType> typeProperty() {
        return type;
    }

    public ObjectProperty<SubAccount> subAccountProperty() {
        return subAccount;
    }

    public BooleanProperty tradeProperty() {
        return trade;
    }

    public StringProperty ipTextProperty() {
        return ipText;
    }

    /** Takes ownership of {@code value}; the previous passphrase is destroyed. */
    public void setPassphrase(Secret value) {
        passphrase.destroy();
        passphrase = value;
        passphraseChanges.set(passphraseChanges.get() + 1);
    }

    public Secret passphrase() {
        return passphrase;
    }

    public ReadOnlyObjectProperty<DraftCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** The current problem with {@code field}, or "" when there is none. */
    public ObservableStringValue error(Field field) {
        return errors.get(field);
    }

    /** True while any of {@code fields} has a problem (drives the wizard's Next button). */
    public BooleanBinding invalid(Field... fields) {
        return Bindings.createBooleanBinding(() -> {
            for (Field f : fields) {
                if (check.get().error(f).isPresent()) {
                    return true;
                }
            }
            return false;
        }, check);
    }

    public KeyDraft draft() {
        SubAccount sub = subAccount.get();
        Permissions perms = trade.get() ? Permissions.of(Permission.TRADE) : Permissions.readOnly();
        return new KeyDraft(name.get(), description.get(), type.get(), sub == null ? null : sub.name(), perms,
                ipText.get(), passphrase);
    }

    /** Wipes the passphrase; call when the wizard closes. */
    public void dispose() {
        passphrase.destroy();
        creation.dispose();
    }

    private void recheck() {
        DraftCheck c = draft().check();
        check.set(c);
        errors.forEach((field, text) -> text.set(c.error(field).orElse("")));
    }
}
