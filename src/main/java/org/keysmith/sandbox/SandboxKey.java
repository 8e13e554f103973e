package org.keysmith.sandbox;

import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;

/**
 * An API key the sandbox knows: its owner ({@code subAccount} null for the main account), credentials, label,
 * permissions, IP binding, environment and creation time (Unix ms).
 */
record SandboxKey(String apiKey, Secret secretKey, Secret passphrase, String label, Permissions perms, IpAllowlist ips,
                  Environment environment, String subAccount, long ts) {

    boolean isMain() {
        return subAccount == null;
    }

    SandboxKey modified(String newLabel, Permissions newPerms, IpAllowlist newIps) {
        return new SandboxKey(apiKey, secretKey, passphrase, newLabel, newPerms, newIps, environment, subAccount, ts);
    }
}
