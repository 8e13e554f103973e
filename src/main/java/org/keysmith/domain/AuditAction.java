package org.keysmith.domain;

/** What an audit event records. Events never carry a secret. */
public enum AuditAction {
    VAULT_CREATED("vault created"),
    VAULT_UNLOCKED("vault unlocked"),
    UNLOCK_FAILED("wrong master password"),
    PASSWORD_CHANGED("master password changed"),
    CONNECTION_SAVED("connection saved"),
    CONNECTION_REMOVED("connection removed"),
    KEY_CREATED("created"),
    KEY_ADDED("added"),
    KEY_EDITED("edited"),
    KEY_VERIFIED("verified"),
    KEY_REVOKED("revoked"),
    KEY_REVEALED("secret shown"),
    KEY_COPIED("copied"),
    KEY_EXPORTED("exported"),
    KEY_SYNCED("synced"),
    KEY_ROTATED("rotation"),
    /** An entry taken out of the vault (a create that never happened on the exchange). */
    KEY_REMOVED("removed"),
    /** OKX refused the key when Keysmith checked it (the detail says why). */
    KEY_VERIFY_FAILED("verification failed"),
    /** The key was handed to a process ({@code keysmith run}) or a relay: where, how, never the secret. */
    KEY_DEPLOYED("deployed"),
    /** A sub-account's transfers out were frozen ({@code set-transfer-out}), as part of a panic revoke. */
    TRANSFERS_FROZEN("transfers out frozen"),
    /** A slot was set or moved to this key (by the user, or by a finished rotation). */
    SLOT_SET("slot set"),
    /** A slot that pointed at this key was removed. */
    SLOT_REMOVED("slot removed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** Lower-case words for lists and CSV ("secret shown"). */
    public String label() {
        return label;
    }
}
