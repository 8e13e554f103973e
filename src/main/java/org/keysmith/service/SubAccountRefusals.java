package org.keysmith.service;

import java.util.Locale;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxException;

/**
 * Create-subaccount's refusal for want of {@code pwd}: OKX requires the new sub-account's login password from KYB
 * (institutional) main accounts only (docs/okx-protocol.md, "Create sub-account"), and says so as a parameter error
 * naming {@code pwd}.
 */
final class SubAccountRefusals {
    private SubAccountRefusals() {
    }

    static boolean wantsPassword(OkxException e) {
        boolean parameter = e.is(OkxError.PARAMETER_EMPTY) || e.is(OkxError.PARAMETER_ERROR);
        String msg = e.okxMessage() == null ? "" : e.okxMessage().toLowerCase(Locale.ROOT);
        return parameter && msg.matches(".*\\bpwd\\b.*");
    }

    static String passwordMessage(boolean passwordGiven, Connection c) {
        String website = c.site() == Site.CUSTOM ? "the OKX website" : c.site().website();
        String where = " Or create the sub-account on " + website + " (Sub-accounts > Create sub-account), then "
                + "choose it here.";
        if (passwordGiven) {
            return "OKX refused the sub-account's login password. Use 8–32 characters with upper- and lower-case "
                    + "letters, a digit and a special character." + where;
        }
        return "OKX asks for a login password for the new sub-account, which it requires when the main account is "
                + "an institutional (KYB) account. Enter one in the sub-account's login password field (8–32 "
                + "characters with upper- and lower-case letters, a digit and a special character) and try again."
                + where;
    }
}
