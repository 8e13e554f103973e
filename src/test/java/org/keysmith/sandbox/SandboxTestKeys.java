package org.keysmith.sandbox;

import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;

/** Adds keys to a running sandbox as if made on the OKX website, and hands back their credentials (tests only). */
public final class SandboxTestKeys {
    public static final String PASSPHRASE = "Other-pass1";

    private SandboxTestKeys() {
    }

    public static ApiCredentials mainKey(SandboxServer server, Permissions perms, String ips) {
        return mainKey(server, perms, ips, Environment.LIVE);
    }

    public static ApiCredentials mainKey(SandboxServer server, Permissions perms, String ips, Environment env) {
        Secret pass = Secret.copyOf(PASSPHRASE.toCharArray());
        SandboxKey k = server.state().addMainKey("web" + System.nanoTime() % 1_000_000, pass.copy(), perms,
                IpAllowlist.parse(ips).get(), env);
        return new ApiCredentials(k.apiKey(), k.secretKey().copy(), pass);
    }

    /** A key of the seeded sub-account {@code TradingDesk01}, as made on the website. */
    public static ApiCredentials subKey(SandboxServer server, Permissions perms, String ips) throws Exception {
        Secret pass = Secret.copyOf(PASSPHRASE.toCharArray());
        SandboxKey k = server.state().createKey("TradingDesk01", "sub" + System.nanoTime() % 1_000_000, pass, perms,
                IpAllowlist.parse(ips).get(), Environment.LIVE);
        return new ApiCredentials(k.apiKey(), k.secretKey().copy(), pass);
    }
}
