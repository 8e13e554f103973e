package org.keysmith.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.files.AtomicFiles;

/**
 * Vaults for tests in any package: the KDF runs {@value #FAST_ITERATIONS} iterations instead of 600 000+ (a
 * package-private seam; production code cannot ask for that).
 */
public final class TestVaults {
    public static final int FAST_ITERATIONS = 1000;

    private TestVaults() {
    }

    public static VaultStore fastStore() {
        return fastStore(new AtomicFiles(), Clock.systemUTC());
    }

    public static VaultStore fastStore(AtomicFiles files, Clock clock) {
        return new VaultStore(files, clock, new SecureRandom(), FAST_ITERATIONS);
    }

    public static ApiKeyEntry entry(String name, String secret) {
        return new ApiKeyEntry(UUID.randomUUID().toString(), "sandbox", name, "test key " + name, KeyType.API_TRADING,
                "TradingDesk01", Permissions.of(Permission.TRADE), IpAllowlist.parse("127.0.0.1").get(),
                UUID.randomUUID().toString(), Secret.copyOf(secret.toCharArray()),
                Secret.copyOf(("Pass-" + name + "1").toCharArray()), Site.CUSTOM, Environment.LIVE,
                Instant.parse("2026-11-20T10:00:00Z"), null, KeyStatus.ACTIVE, null);
    }

    public static Connection connection(String masterSecret) {
        return new Connection("conn-1", "Main account", Site.EEA, null, Environment.DEMO,
                new ApiCredentials("master-key-id", Secret.copyOf(masterSecret.toCharArray()),
                        Secret.copyOf("Master-pass1".toCharArray())));
    }
}
