package org.keysmith.sandbox;

import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.PassphrasePolicy;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccountName;
import org.keysmith.domain.SubAccountNote;
import org.keysmith.domain.Validated;
import org.keysmith.okx.OkxError;

/**
 * The exchange's input rules as the sandbox applies them. The sub-account note's 6-32 characters are OKX's
 * documented rule ({@link SubAccountNote}). Where docs/okx-protocol.md lists a rule as open, the strict reading is
 * taken and marked UNCONFIRMED here: each such choice is a constant, so it is easy to change.
 */
final class Rules {
    /** UNCONFIRMED: /account/config describes a label as at most 50 letters or digits; no punctuation. */
    static final int LABEL_MAX = 50;
    /** UNCONFIRMED: "each account can create up to 50 API keys" read as per sub-account. */
    static final int KEYS_PER_SUB_ACCOUNT = 50;
    /** UNCONFIRMED: the per-tier cap on sub-accounts; 59603 beyond it. */
    static final int MAX_SUB_ACCOUNTS = 50;
    /** UNCONFIRMED: the default when "perm" is omitted on create is read-only. */
    static final Permissions DEFAULT_PERMS = Permissions.readOnly();

    private Rules() {
    }

    static String label(String value) throws Rejection {
        if (value == null || value.isEmpty()) {
            throw Rejection.missing("label");
        }
        if (value.length() > LABEL_MAX || !value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw Rejection.badParameter("label");
        }
        return value;
    }

    static String subAccountName(String value) throws Rejection {
        if (value == null || value.isEmpty()) {
            throw Rejection.missing("subAcct");
        }
        if (!SubAccountName.parse(value).isValid()) {
            throw Rejection.badParameter("subAcct");
        }
        return value;
    }

    static void passphrase(Secret value) throws Rejection {
        if (value == null || value.isEmpty()) {
            throw Rejection.missing("passphrase");
        }
        if (!new PassphrasePolicy().check(value).isValid()) {
            throw new Rejection(OkxError.PASSPHRASE_FORMAT);
        }
    }

    /** Comma-separated {@code read_only}/{@code trade}; withdraw is refused for sub-account keys (59504). */
    static Permissions perms(String wire) throws Rejection {
        if (wire == null || wire.isEmpty()) {
            return DEFAULT_PERMS;
        }
        Validated<Permissions> p = Permissions.fromWire(wire);
        if (!p.isValid()) {
            throw Rejection.badParameter("perm");
        }
        if (p.get().has(Permission.WITHDRAW)) {
            throw new Rejection(OkxError.NO_SUB_ACCOUNT_WITHDRAW);
        }
        return p.get();
    }

    /** Comma-separated addresses; more than 20 is 59503, a malformed one is a parameter error. */
    static IpAllowlist ips(String wire) throws Rejection {
        if (wire == null || wire.isEmpty()) {
            return IpAllowlist.empty();
        }
        String[] entries = wire.split(",");
        if (entries.length > IpAllowlist.MAX_ENTRIES) {
            throw new Rejection(OkxError.TOO_MANY_IPS);
        }
        Validated<IpAllowlist> parsed = IpAllowlist.parse(wire);
        if (!parsed.isValid()) {
            throw Rejection.badParameter("ip");
        }
        return parsed.get();
    }

    /**
     * A KYB main account's create-subaccount needs {@code pwd}, the new sub-account's login password: 8-32
     * characters with lower- and upper-case letters, a digit and a special character (the passphrase's rule).
     */
    static void subAccountPassword(Secret value) throws Rejection {
        if (value == null || value.isEmpty()) {
            throw Rejection.missing("pwd");
        }
        if (!new PassphrasePolicy().check(value).isValid()) {
            throw Rejection.badParameter("pwd");
        }
    }

    static String subAccountLabel(String value) throws Rejection {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() < SubAccountNote.MIN_LENGTH || value.length() > SubAccountNote.MAX_LENGTH) {
            throw Rejection.badParameter("label");
        }
        return value;
    }
}
