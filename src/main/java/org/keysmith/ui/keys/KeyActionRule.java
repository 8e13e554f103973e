package org.keysmith.ui.keys;

import java.util.EnumSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import java.util.Set;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.ui.keys.table.KeyRow;

/**
 * The one rule for which actions a key offers, by its status (and whether the vault holds its secret). The
 * toolbar, the context menu, the keyboard shortcuts and the details pane all ask it, so a revoked key never offers
 * "Revoke…" or "Verify" in one place and not in another.
 */
final class KeyActionRule {
    /** What can be done to a key from the main window. */
    enum KeyAction {
        COPY_API_KEY("Copy API key"),
        COPY_SECRET("Copy secret key"),
        EXPORT("Export"),
        VERIFY("Verify"),
        EDIT("Edit"),
        REVOKE("Revoke"),
        ROTATE("Rotate");

        private final String label;

        KeyAction(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private KeyActionRule() {
    }

    /** The actions {@code key} offers; empty for no key. */
    static Set<KeyAction> offered(ApiKeyEntry key) {
        if (key == null) {
            return EnumSet.noneOf(KeyAction.class);
        }
        Set<KeyAction> a = switch (key.status()) {
            // a live, known key: everything
            case ACTIVE -> EnumSet.allOf(KeyAction.class);
            // added from the website: Verify is what it needs; its permissions are unknown, so no edit or rotate
            case UNVERIFIED -> EnumSet.of(KeyAction.COPY_API_KEY, KeyAction.COPY_SECRET, KeyAction.VERIFY,
                    KeyAction.REVOKE);
            // the key exists on OKX but its secret was never seen: all that is left is to revoke it
            case SECRET_LOST -> EnumSet.of(KeyAction.COPY_API_KEY, KeyAction.REVOKE);
            // missing from the last Sync but the secret is kept: Verify asks OKX about the key itself
            case NOT_SEEN -> EnumSet.of(KeyAction.COPY_API_KEY, KeyAction.COPY_SECRET, KeyAction.VERIFY,
                    KeyAction.REVOKE);
            // the create's answer has not been reconciled yet (the next unlock does it): nothing to act on
            case PENDING -> EnumSet.noneOf(KeyAction.class);
            // gone: the API key stays readable for reference
            case REVOKED, GONE_ON_EXCHANGE -> EnumSet.of(KeyAction.COPY_API_KEY);
        };
        if (!key.hasSecret()) {
            a.removeAll(EnumSet.of(KeyAction.COPY_SECRET, KeyAction.EXPORT, KeyAction.VERIFY, KeyAction.ROTATE));
        }
        return a;
    }

    static boolean offers(ApiKeyEntry key, KeyAction action) {
        return offered(key).contains(action);
    }

    /** Whether the selected row ({@code null}: none) offers {@code action}. */
    static boolean offers(KeyRow row, KeyAction action) {
        return offers(row == null ? null : row.entry(), action);
    }

    /** True while the table's selection does not offer {@code action}: bind a control's disable to it. */
    static BooleanBinding notOffered(ObservableObjectValue<KeyRow> selected, KeyAction action) {
        return Bindings.createBooleanBinding(() -> !offers(selected.get(), action), selected);
    }

    /** One line for the details pane: what this key offers, or why it offers nothing. */
    static String summary(ApiKeyEntry key) {
        Set<KeyAction> a = offered(key);
        if (key != null && key.status() == KeyStatus.PENDING) {
            return "Being created: the next unlock asks OKX whether it exists.";
        }
        if (a.isEmpty()) {
            return "Nothing to do with this key.";
        }
        StringBuilder s = new StringBuilder();
        for (KeyAction k : a) {
            s.append(s.length() == 0 ? "" : ", ").append(k.label());
        }
        return s.toString();
    }
}
