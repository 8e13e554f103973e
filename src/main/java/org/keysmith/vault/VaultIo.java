package org.keysmith.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.IntSupplier;

/** What vault operations share: crash-safe files, the codec, time, randomness and the KDF's iteration count. */
record VaultIo(AtomicFiles files, VaultCodec codec, Clock clock, SecureRandom random, IntSupplier iterations) {

    byte[] newDataKey() {
        byte[] key = new byte[KeyWrap.DATA_KEY_BYTES];
        random.nextBytes(key);
        return key;
    }
}
