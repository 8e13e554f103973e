package org.keysmith.domain;

/** The lifecycle state of a key as the vault records it. "Expiring" is derived, see {@link ApiKeyEntry}. */
public enum KeyStatus {
    ACTIVE("Active"),
    REVOKED("Revoked"),
    GONE_ON_EXCHANGE("Gone on exchange"),
    SECRET_LOST("Created, secret lost"),
    /** Added by the user from the OKX website but not (yet) confirmed by OKX: permissions are not known. */
    UNVERIFIED("Added, not verified"),
    /**
     * Written before the create call goes out, replaced by the answer. Left behind only when Keysmith stopped
     * while OKX was answering; the next unlock asks OKX whether the key exists.
     */
    PENDING("Being created"),
    /**
     * Missing from the last Sync's listing, though the vault still holds its secret: kept until the user confirms
     * it is gone or OKX answers for the key itself that it does not exist.
     */
    NOT_SEEN("Not seen on exchange");

    private final String label;

    KeyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for a key that may exist on the exchange (so it could be used, revoked or leaked). */
    public boolean mayBeLive() {
        return this == ACTIVE || this == UNVERIFIED || this == SECRET_LOST || this == PENDING || this == NOT_SEEN;
    }

    @Override
    public String toString() {
        return label;
    }
}
