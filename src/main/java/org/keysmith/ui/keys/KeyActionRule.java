package org.keysmith.ui.keys;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.KeyStatus;
import org.keysmith.service.KeyService;
import org.keysmith.ui.keys.table.KeyRow;

/**
 * The one rule for which actions a key offers, by its status, whether the vault holds its secret and whether it is
 * part of an unfinished rotation. The toolbar, the context menu, the keyboard shortcuts and the details pane all ask
 * it, so a revoked key never offers "Revoke…" or "Verify" in one place and not in another.
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
        ROTATE("Rotate"),
        FINISH_ROTATION("Finish rotation");

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

    /** The actions {@code key} offers when it is in no rotation; empty for no key. */
    static Set<KeyAction> offered(ApiKeyEntry key) {
        return offered(key, false);
    }

    /** The actions the row offers; empty for no row. */
    static Set<KeyAction> offered(KeyRow row) {
        return row == null ? offered(null, false) : offered(row.entry(), row.inRotation());
    }

    /**
     * The actions {@code key} offers; {@code inRotation}: it is the old or the new key of an unfinished rotation,
     * which is finished (not started again) from here.
     */
    static Set<KeyAction> offered(ApiKeyEntry key, boolean inRotation) {
        if (key == null) {
            return EnumSet.noneOf(KeyAction.class);
        }
        Set<KeyAction> a = switch (key.status()) {
            // a live, known key: everything but finishing a rotation
            case ACTIVE -> EnumSet.complementOf(EnumSet.of(KeyAction.FINISH_ROTATION));
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
        // a successor is created and the old key revoked through the connection's master key: a main-account key,
        // or one on a site connection without a master key, cannot be rotated
        if (!KeyService.revocableThroughApi(key)) {
            a.remove(KeyAction.ROTATE);
        }
        if (inRotation && key.status().mayBeLive() && key.hasSecret()) {
            a.remove(KeyAction.ROTATE);
            a.add(KeyAction.FINISH_ROTATION);
        }
        return a;
    }

    static boolean offers(ApiKeyEntry key, KeyAction action) {
        return offered(key).contains(action);
    }

    /** Whether the selected row ({@code null}: none) offers {@code action}. */
    static boolean offers(KeyRow row, KeyAction action) {
        return offered(row).contains(action);
    }

    /** True while the table's selection does not offer {@code action}: bind a control's disable to it. */
    static BooleanBinding notOffered(ObservableObjectValue<KeyRow> selected, KeyAction action) {
        return Bindings.createBooleanBinding(() -> !offers(selected.get(), action), selected);
    }

    /** One line for the details pane: what this row offers, or why it offers nothing. */
    static String summary(KeyRow row) {
        return summary(row == null ? null : row.entry(), offered(row));
    }

    /** One line for the details pane: what this key (in no rotation) offers, or why it offers nothing. */
    static String summary(ApiKeyEntry key) {
        return summary(key, offered(key));
    }

    private static String summary(ApiKeyEntry key, Set<KeyAction> a) {
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
