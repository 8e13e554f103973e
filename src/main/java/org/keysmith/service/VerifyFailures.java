package org.keysmith.service;

import org.keysmith.domain.Environment;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxException;
import org.keysmith.service.VerifyFailure.Field;

/** Turns OKX's answer to a pasted key into advice for the "Add existing key" form. */
final class VerifyFailures {
    private VerifyFailures() {
    }

    static VerifyFailure of(OkxException e, KeyPlace place, Environment env) {
        if (e.kind() == OkxException.Kind.TRANSPORT || e.kind() == OkxException.Kind.OUTCOME_UNKNOWN
                || e.is(OkxError.SERVICE_UNAVAILABLE) || e.is(OkxError.SYSTEM_BUSY)) {
            return new VerifyFailure("OKX could not be reached to check the key (" + e.userMessage() + "). You can try "
                    + "again, or save the key now marked \"not verified\" and verify it later.", Field.NONE, true, e);
        }
        OkxError code = e.error().orElse(null);
        if (code == null) {
            return new VerifyFailure(e.userMessage(), Field.NONE, false, e);
        }
        return switch (code) {
            case KEY_DOES_NOT_EXIST -> new VerifyFailure(place == KeyPlace.SANDBOX
                    ? "The Sandbox does not know this API key. Check that it was copied completely."
                    : "OKX " + place.site().label() + " does not know this API key (50119). Keys work only on the site "
                    + "where they were made: try " + place.otherSites() + ".", Field.SITE, false, e);
            case INVALID_KEY -> new VerifyFailure("This is not a valid OKX API key (50111). Copy it again from the "
                    + "OKX website's API page.", Field.API_KEY, false, e);
            case WRONG_PASSPHRASE -> new VerifyFailure("The passphrase is wrong for this key (50105). Enter the "
                    + "passphrase chosen when the key was made; OKX cannot show or recover it.", Field.PASSPHRASE,
                            false, e);
            case INVALID_SIGN -> new VerifyFailure("OKX rejected the signature (50113): the secret key does not belong "
                    + "to this API key. Paste the secret key again, completely.", Field.SECRET_KEY, false, e);
            case ENVIRONMENT_MISMATCH -> new VerifyFailure("This key belongs to " + (env == Environment.LIVE
                    ? "demo trading" : "live trading") + " (50101): switch to " + (env == Environment.LIVE ? "Demo"
                    : "Live") + " and try again.", Field.ENVIRONMENT, false, e);
            case IP_NOT_ALLOWED -> new VerifyFailure("The key is bound to IP addresses and this computer's address is "
                    + "not one of them (50110), so Keysmith cannot check it from here. The key may still be fine for "
                    + "your bot: you can save it marked \"not verified\".", Field.NONE, true, e);
            default -> new VerifyFailure(e.userMessage(), Field.NONE, false, e);
        };
    }
}
