package org.keysmith.domain;

/** The lifecycle state of a key as the vault records it. "Expiring" is derived, see {@link ApiKeyEntry}. */
public enum KeyStatus {
    ACTIVE("Active"),
    REVOKED("Revoked"),
    GONE_ON_EXCHANGE("Gone on exchange"),
    SECRET_LOST("Created, secret lost"),
    /** Added by the user from the OKX website but not (yet) confirmed by OKX: permissions are not known. */
    UNVERIFIED("Added, not verified");

    private final String label;

    KeyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
