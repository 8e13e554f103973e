package org.keysmith.vault;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Arrays;

/**
 * The vault file's header (docs/architecture.md section 3): format, version, the KDF, the wrapped data key, its check,
 * the payload cipher and this save's nonce. All of it is authenticated as the payload's associated data.
 */
record VaultHeader(String format, int version, String kdfAlgorithm, int iterations, byte[] wrappedKey,
                   byte[] keyCheck, String cipher, byte[] nonce) {
    static final String FORMAT = "keysmith-vault";
    static final int VERSION = 1;

    static VaultHeader of(int iterations, byte[] wrappedKey, byte[] keyCheck, byte[] nonce) {
        return new VaultHeader(FORMAT, VERSION, KeyWrap.ALGORITHM, iterations, wrappedKey, keyCheck,
                PayloadCipher.TRANSFORMATION, nonce);
    }

    VaultHeader withNonce(byte[] newNonce) {
        return new VaultHeader(format, version, kdfAlgorithm, iterations, wrappedKey, keyCheck, cipher, newNonce);
    }

    /** The associated data: every header field in a fixed, formatting-independent encoding. */
    byte[] aad() {
        Base64.Encoder b64 = Base64.getEncoder();
        return String.join("|", format, String.valueOf(version), kdfAlgorithm, String.valueOf(iterations),
                b64.encodeToString(wrappedKey), b64.encodeToString(keyCheck), cipher, b64.encodeToString(nonce))
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Same wrapped key and check: the same data key under the same password. */
    boolean sameKeyBlock(VaultHeader other) {
        return iterations == other.iterations && Arrays.equals(wrappedKey, other.wrappedKey)
                && Arrays.equals(keyCheck, other.keyCheck);
    }
}
