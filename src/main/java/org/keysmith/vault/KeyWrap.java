package org.keysmith.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jasypt.encryption.pbe.StandardPBEByteEncryptor;
import org.jasypt.exceptions.EncryptionOperationNotPossibleException;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.RandomSaltGenerator;

/**
 * Wraps the vault's random 256-bit data key under the master password with Jasypt
 * ({@value #ALGORITHM}: PBKDF2-HMAC-SHA512 then AES-256-CBC; output salt | iv | ciphertext). Jasypt is not
 * authenticated, so {@link #keyCheck} (HMAC-SHA256 of the data key) tells a wrong password from a right one.
 * Each wrap or unwrap runs the key derivation once.
 */
final class KeyWrap {
    static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";
    static final int DATA_KEY_BYTES = 32;
    private static final byte[] CHECK_LABEL = "keysmith-key-check".getBytes(StandardCharsets.US_ASCII);

    private KeyWrap() {
    }

    static byte[] wrap(byte[] dataKey, char[] password, int iterations) {
        return encryptor(password, iterations).encrypt(dataKey);
    }

    /** The data key, or {@code null} when the password is wrong (or the wrapped key damaged). */
    static byte[] unwrap(byte[] wrapped, byte[] keyCheck, char[] password, int iterations) {
        byte[] key;
        try {
            key = encryptor(password, iterations).decrypt(wrapped);
        } catch (EncryptionOperationNotPossibleException e) {
            return null;
        }
        if (key.length != DATA_KEY_BYTES || !MessageDigest.isEqual(keyCheck(key), keyCheck)) {
            Arrays.fill(key, (byte) 0);
            return null;
        }
        return key;
    }

    static byte[] keyCheck(byte[] dataKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return mac.doFinal(CHECK_LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static StandardPBEByteEncryptor encryptor(char[] password, int iterations) {
        StandardPBEByteEncryptor e = new StandardPBEByteEncryptor();
        e.setAlgorithm(ALGORITHM);
        e.setKeyObtentionIterations(iterations);
        e.setSaltGenerator(new RandomSaltGenerator());
        e.setIvGenerator(new RandomIvGenerator());
        e.setPasswordCharArray(password);
        return e;
    }
}
