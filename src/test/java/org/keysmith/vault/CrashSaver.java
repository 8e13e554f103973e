package org.keysmith.vault;

import java.nio.file.Path;
import java.time.Clock;
import org.keysmith.files.AtomicFiles;

/**
 * Child process of {@link VaultCrashTest}: opens the vault, adds entry number n and saves once (so every round
 * makes progress), prints "saving", then adds and saves forever until it is killed at a random moment.
 */
public final class CrashSaver {
    private CrashSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Vault v = TestVaults.fastStore(new AtomicFiles(), Clock.systemUTC()).unlock(file, args[1].toCharArray());
        int n = v.entries().size();
        v.putEntry(TestVaults.entry("k" + n++, "SECRET" + n));
        v.save();
        System.out.println("saving");
        System.out.flush();
        while (true) {
            v.putEntry(TestVaults.entry("k" + n++, "SECRET" + n));
            v.save();
        }
    }
}
