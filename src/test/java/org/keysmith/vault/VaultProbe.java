package org.keysmith.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Benchmark access to the vault's key derivation and header (test sources only). */
public final class VaultProbe {
    private VaultProbe() {
    }

    /** Runs one key derivation (a data-key wrap) with {@code iterations}; returns nanoseconds. */
    public static long deriveOnceNanos(int iterations) {
        byte[] key = new byte[KeyWrap.DATA_KEY_BYTES];
        long t = System.nanoTime();
        KeyWrap.wrap(key, "benchmark password".toCharArray(), iterations, new SecureRandom());
        return System.nanoTime() - t;
    }

    public static int iterationsOf(Path vault) throws IOException {
        try {
            return new VaultFile().read(Files.readAllBytes(vault)).header().iterations();
        } catch (VaultFile.FormatProblem | VaultException.TooNew e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
