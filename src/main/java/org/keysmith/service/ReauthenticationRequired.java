package org.keysmith.service;

/**
 * The action mints or widens credentials and the master password was not given in the last minute: ask for it
 * ({@link VaultSession#confirmPassword}), then try again.
 */
public final class ReauthenticationRequired extends UserFacingException {
    private final String action;

    public ReauthenticationRequired(String action) {
        super("Enter your master password again to " + action + ".");
        this.action = action;
    }

    /** What was refused, e.g. "create a key". */
    public String action() {
        return action;
    }
}
