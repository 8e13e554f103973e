package org.keysmith.vault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.keysmith.domain.ApiKeyEntry;
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
 * Child process of {@link VaultCrashTest}: opens the vault and saves generation after generation of the same
 * {@value #ENTRIES} entries ({@code k0..}, each with description "gen G" and secret "SECRET-G-i"), so a file
 * that mixes two saves is detectable. It saves one generation, prints "saving", then saves forever until it is
 * killed at a random moment.
 */
public final class CrashSaver {
    static final int ENTRIES = 50;

    private CrashSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Vault v = TestVaults.fastStore(new AtomicFiles(), Clock.systemUTC()).unlock(file, args[1].toCharArray());
        long generation = generationOf(v);
        saveGeneration(v, ++generation);
        System.out.println("saving");
        System.out.flush();
        while (true) {
            saveGeneration(v, ++generation);
        }
    }

    /** The generation the vault holds (0 for a new, empty vault). */
    static long generationOf(Vault v) {
        return v.entries().isEmpty() ? 0 : Long.parseLong(v.entries().get(0).description().substring(4));
    }

    private static void saveGeneration(Vault v, long generation) throws VaultException {
        for (int i = 0; i < ENTRIES; i++) {
            v.putEntry(new ApiKeyEntry("id-" + i, "sandbox", "k" + i, "gen " + generation, KeyType.API_TRADING,
                    "TradingDesk01", Permissions.of(Permission.TRADE), IpAllowlist.parse("127.0.0.1").get(),
                    "api-key-" + i, Secret.copyOf(("SECRET-" + generation + "-" + i).toCharArray()),
                    Secret.copyOf(("Pass-" + i + "x").toCharArray()), Site.CUSTOM, Environment.LIVE,
                    Instant.parse("2026-11-20T10:00:00Z"), null, KeyStatus.ACTIVE, null));
        }
        v.save();
    }
}
