package org.keysmith.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.IntSupplier;
import org.keysmith.files.AtomicFiles;

/**
 * What vault operations share: crash-safe files, the codec, time, randomness, the KDF's iteration count for new
 * wraps, and the minimum below which an opened vault is re-wrapped.
 */
record VaultIo(AtomicFiles files, VaultCodec codec, Clock clock, SecureRandom random, IntSupplier iterations,
               int minimumIterations) {

    byte[] newDataKey() {
        byte[] key = new byte[KeyWrap.DATA_KEY_BYTES];
        random.nextBytes(key);
        return key;
    }
}
