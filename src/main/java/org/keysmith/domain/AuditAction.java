package org.keysmith.domain;

/** What an audit event records. Events never carry a secret. */
public enum AuditAction {
    VAULT_CREATED,
    VAULT_UNLOCKED,
    UNLOCK_FAILED,
    PASSWORD_CHANGED,
    CONNECTION_SAVED,
    CONNECTION_REMOVED,
    KEY_CREATED,
    KEY_ADDED,
    KEY_EDITED,
    KEY_VERIFIED,
    KEY_REVOKED,
    KEY_REVEALED,
    KEY_COPIED,
    KEY_EXPORTED,
    KEY_SYNCED,
    KEY_ROTATED
}
