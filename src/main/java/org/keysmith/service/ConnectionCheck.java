package org.keysmith.service;

import java.util.ArrayList;
import java.util.List;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.okx.dto.AccountConfig;

/**
 * What "Test connection" found out about a master key: OKX's own description of it, and each reason it cannot
 * manage sub-account keys (with what to change on the OKX website). No problems means it is ready.
 */
public record ConnectionCheck(String label, String uid, Permissions permissions, IpAllowlist ips, boolean mainAccount,
                              List<String> problems) {

    static ConnectionCheck of(AccountConfig cfg) {
        Permissions perms = Permissions.fromWire(cfg.perm()).value().orElse(Permissions.readOnly());
        IpAllowlist ips = IpAllowlist.fromWire(cfg.ip());
        boolean main = cfg.isMainAccount() || "0".equals(cfg.type());
        List<String> problems = new ArrayList<>();
        if (!main) {
            problems.add("This is a sub-account's key. OKX lets only a key of the main account manage sub-account "
                    + "keys: "
                    + "log in to the main account on the OKX website and create the master key there.");
        }
        if (!perms.has(Permission.TRADE)) {
            problems.add("The key has no Trade permission, which OKX requires for creating and deleting keys. Edit it "
                    + "on the OKX website and tick Trade.");
        }
        if (ips.isEmpty()) {
            problems.add("The key is not bound to any IP address; OKX refuses key management from unbound keys "
                    + "(50035). "
                    + "Edit it on the OKX website and add this computer's public IP address.");
        }
        if (perms.has(Permission.WITHDRAW)) {
            problems.add("The key can withdraw. Keysmith does not need that: a master key without Withdraw is safer.");
        }
        return new ConnectionCheck(cfg.label(), cfg.uid(), perms, ips, main, List.copyOf(problems));
    }

    public boolean isReady() {
        return mainAccount && permissions.has(Permission.TRADE) && !ips.isEmpty();
    }

    public String summary() {
        return "OKX reports key \"" + label + "\" of account " + uid + (mainAccount ? " (main account)"
                : " (sub-account)")
                + ": " + permissions.display() + "; IPs: " + (ips.isEmpty() ? "none" : ips.toWire()) + ".";
    }
}
