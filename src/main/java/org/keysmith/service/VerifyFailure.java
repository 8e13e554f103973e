package org.keysmith.service;

/**
 * Why OKX did not confirm a pasted key, in plain words, with the field the user should look at and whether the
 * key may still be saved unverified (it is IP-bound elsewhere, or OKX could not be reached).
 */
public final class VerifyFailure extends UserFacingException {
    /** The form field the message is about. */
    public enum Field { SITE, ENVIRONMENT, API_KEY, SECRET_KEY, PASSPHRASE, NONE }

    private final transient Field field;
    private final boolean canSaveUnverified;

    VerifyFailure(String message, Field field, boolean canSaveUnverified, Throwable cause) {
        super(message, cause);
        this.field = field;
        this.canSaveUnverified = canSaveUnverified;
    }

    public Field field() {
        return field;
    }

    public boolean canSaveUnverified() {
        return canSaveUnverified;
    }
}
