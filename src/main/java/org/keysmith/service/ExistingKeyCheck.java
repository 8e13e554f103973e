package org.keysmith.service;

import java.util.ArrayList;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.dto.AccountConfig;
import java.util.Locale;

/**
 * What OKX reported about a key the user pasted (from {@code GET /account/config} signed with it), and what the
 * user should know before saving it. {@code subAccount} is the sub-account's name when the connection's master
 * key could find it, else null.
 */
public record ExistingKeyCheck(String label, String uid, boolean mainAccount, String subAccount,
                               Permissions permissions, IpAllowlist ips, List<String> warnings) {

    static ExistingKeyCheck of(AccountConfig cfg, String subAccount, Environment env, ApiKeyEntry duplicateOf) {
        Permissions perms = Permissions.fromWire(cfg.perm()).value().orElse(Permissions.readOnly());
        IpAllowlist ips = IpAllowlist.fromWire(cfg.ip());
        boolean main = cfg.isMainAccount() || "0".equals(cfg.type());
        List<String> warnings = new ArrayList<>();
        if (perms.has(Permission.WITHDRAW)) {
            warnings.add("This key can withdraw funds. Bots never need that: for a bot, make a key without Withdraw.");
        }
        if ((perms.has(Permission.TRADE) || perms.has(Permission.WITHDRAW)) && ips.isEmpty()
                && env == Environment.LIVE) {
            warnings.add("This key can " + (perms.has(Permission.TRADE) ? "trade" : "withdraw") + " and is not bound "
                    + "to an IP address: OKX lets such a key expire after 14 days without use. Bind it to your bot's "
                    + "IP addresses, or verify it regularly.");
        }
        if (duplicateOf != null) {
            warnings.add("This key is already in the vault as \"" + duplicateOf.name() + "\" ("
                    + duplicateOf.status().label().toLowerCase(Locale.ROOT) + "). Saving updates that "
                    + "entry with the secret key and passphrase entered here.");
        }
        return new ExistingKeyCheck(cfg.label(), cfg.uid(), main, subAccount, perms, ips, List.copyOf(warnings));
    }

    /** One sentence: label, account, permissions and IP binding as OKX reported them. */
    public String summary() {
        String account = mainAccount ? "main account" : subAccount == null ? "a sub-account" : "sub-account "
                + subAccount;
        return "OKX reports key \"" + label + "\" of " + account + " (UID " + uid + "): " + permissions.display()
                + "; IP binding: " + (ips.isEmpty() ? "none" : ips.toWire()) + ".";
    }
}
