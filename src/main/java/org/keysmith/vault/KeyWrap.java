package org.keysmith.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps the vault's random 256-bit data key under the master password, in the format Jasypt's
 * {@value #ALGORITHM} writes (PBES2: PBKDF2-HMAC-SHA512 gives an AES-256 key, then AES-256-CBC; output
 * salt (16) | iv (16) | ciphertext), computed with the JDK's own {@code PBKDF2WithHmacSHA512}. That primitive
 * takes the password as UTF-8 bytes on every Java version, where the JDK 17 PBE key behind Jasypt refuses anything
 * but printable ASCII (security review L13); for ASCII the bytes, and so the files, are the same. The password
 * stays a {@code char[]}: the key spec's copy is cleared after each derivation. The wrap is not authenticated, so
 * {@link #keyCheck} (HMAC-SHA256 of the data key) tells a wrong password from a right one. Each wrap or unwrap runs
 * the key derivation once.
 */
final class KeyWrap {
    static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";
    static final int DATA_KEY_BYTES = 32;
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 16;
    private static final byte[] CHECK_LABEL = "keysmith-key-check".getBytes(StandardCharsets.US_ASCII);

    private KeyWrap() {
    }

    static byte[] wrap(byte[] dataKey, char[] password, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        try {
            byte[] sealed = cbc(Cipher.ENCRYPT_MODE, password, salt, iterations, iv, dataKey, 0, dataKey.length);
            byte[] out = new byte[SALT_BYTES + IV_BYTES + sealed.length];
            System.arraycopy(salt, 0, out, 0, SALT_BYTES);
            System.arraycopy(iv, 0, out, SALT_BYTES, IV_BYTES);
            System.arraycopy(sealed, 0, out, SALT_BYTES + IV_BYTES, sealed.length);
            return out;
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            throw new IllegalStateException("the data key could not be wrapped", e);
        }
    }

    /** The data key, or {@code null} when the password is wrong (or the wrapped key damaged). */
    static byte[] unwrap(byte[] wrapped, byte[] keyCheck, char[] password, int iterations) {
        byte[] key = unwrapUnchecked(wrapped, password, iterations);
        if (key == null || !checks(key, keyCheck)) {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
            return null;
        }
        return key;
    }

    /** What the wrap decrypts to under {@code password}, not yet checked; {@code null} when it does not decrypt. */
    static byte[] unwrapUnchecked(byte[] wrapped, char[] password, int iterations) {
        if (wrapped.length <= SALT_BYTES + IV_BYTES) {
            return null;
        }
        byte[] salt = Arrays.copyOfRange(wrapped, 0, SALT_BYTES);
        byte[] iv = Arrays.copyOfRange(wrapped, SALT_BYTES, SALT_BYTES + IV_BYTES);
        try {
            return cbc(Cipher.DECRYPT_MODE, password, salt, iterations, iv, wrapped, SALT_BYTES + IV_BYTES,
                    wrapped.length - SALT_BYTES - IV_BYTES);
        } catch (BadPaddingException | IllegalBlockSizeException wrongPasswordOrDamaged) {
            return null;
        }
    }

    /** True when {@code key} is a data key whose check is {@code keyCheck} (constant time). */
    static boolean checks(byte[] key, byte[] keyCheck) {
        return key.length == DATA_KEY_BYTES && MessageDigest.isEqual(keyCheck(key), keyCheck);
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

    /** PBKDF2-HMAC-SHA512 (UTF-8 password) to an AES-256 key, then AES-256-CBC with PKCS#5 padding. */
    private static byte[] cbc(int mode, char[] password, byte[] salt, int iterations, byte[] iv, byte[] in, int off,
                              int len) throws BadPaddingException, IllegalBlockSizeException {
        byte[] aesKey = derive(password, salt, iterations);
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(mode, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
            return c.doFinal(in, off, len);
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CBC is not available", e);
        } finally {
            Arrays.fill(aesKey, (byte) 0);
        }
    }

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
