package org.keysmith.sandbox;

import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;

/** Adds main-account keys to a running sandbox, as if made on the OKX website (tests only). */
public final class SandboxTestKeys {
    private SandboxTestKeys() {
    }

    public static ApiCredentials mainKey(SandboxServer server, Permissions perms, String ips) {
        Secret pass = Secret.copyOf("Other-pass1".toCharArray());
        SandboxKey k = server.state().addMainKey("web" + System.nanoTime() % 1_000_000, pass.copy(), perms,
                IpAllowlist.parse(ips).get(), Environment.LIVE);
        return new ApiCredentials(k.apiKey(), k.secretKey().copy(), pass);
    }
}
