package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jasypt.encryption.pbe.StandardPBEByteEncryptor;
import org.jasypt.exceptions.EncryptionInitializationException;
import org.jasypt.iv.RandomIvGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;

/**
 * The key wrap is the JDK's PBKDF2-HMAC-SHA512 (UTF-8 password) and AES-256-CBC in the byte layout of Jasypt's
 * {@code PBEWITHHMACSHA512ANDAES_256} (security review L13). Known answers pin the KDF; Jasypt itself (a test
 * dependency only) proves the layout both ways, for a bare wrap and for a whole vault file.
 */
class KeyWrapTest {
    private static final String ASCII_PASSWORD = "correct horse battery staple";
    private static final String NON_ASCII_PASSWORD = "Grüße 密码 🔑";
    private static final int ITERATIONS = TestVaults.FAST_ITERATIONS;
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path dir;

    /**
     * PBKDF2-HMAC-SHA512, first 32 bytes, "password" / "salt" / 1 iteration: the start of the widely published
     * 64-byte vector 867f70cf…a57fce; recomputed with Python's {@code hashlib.pbkdf2_hmac("sha512", ...)}.
     */
    @Test
    void derivationMatchesThePublishedPbkdf2HmacSha512Vector() {
        byte[] key = KeyWrap.derive("password".toCharArray(), "salt".getBytes(StandardCharsets.US_ASCII), 1);
        assertThat(HEX.formatHex(key)).isEqualTo("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252");
    }

    /**
     * A password outside ASCII is derived from its UTF-8 bytes (4772c3bc…f09f9491), on every Java version; vector
     * computed with Python: {@code hashlib.pbkdf2_hmac("sha512", pw.encode("utf-8"), bytes(range(16)), 1000, 32)}.
     */
    @Test
    void derivationOfANonAsciiPasswordUsesItsUtf8Bytes() {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) i;
        }
        byte[] key = KeyWrap.derive(NON_ASCII_PASSWORD.toCharArray(), salt, 1000);
        assertThat(HEX.formatHex(key)).isEqualTo("73f1679dd4ac8b314a8a893f49d5455581ef0322edddefd56eb43e6da05e206e");
    }

    @Test
    void aKeyWrappedByJasyptUnwrapsWithTheJdkCode() {
        byte[] dataKey = randomKey();
        byte[] wrapped = jasypt(ASCII_PASSWORD).encrypt(dataKey);
        assertThat(wrapped).hasSize(KeyWrap.SALT_BYTES + KeyWrap.IV_BYTES + 48);
        assertThat(KeyWrap.unwrap(wrapped, KeyWrap.keyCheck(dataKey), ASCII_PASSWORD.toCharArray(), ITERATIONS))
                .isEqualTo(dataKey);
        assertThat(KeyWrap.unwrap(wrapped, KeyWrap.keyCheck(dataKey), "wrong".toCharArray(), ITERATIONS)).isNull();
    }

    @Test
    void aKeyWrappedByTheJdkCodeUnwrapsWithJasypt() {
        byte[] dataKey = randomKey();
        byte[] wrapped = KeyWrap.wrap(dataKey, ASCII_PASSWORD.toCharArray(), ITERATIONS, new SecureRandom());
        assertThat(jasypt(ASCII_PASSWORD).decrypt(wrapped)).isEqualTo(dataKey);
    }

    /** A vault file whose key block Jasypt wrote (as every vault made before the JDK's PBKDF2) opens unchanged. */
    @Test
    void aVaultWrappedByJasyptOpens() throws Exception {
        byte[] dataKey = randomKey();
        VaultCodec codec = new VaultCodec(new PayloadCipher(new SecureRandom()));
        VaultHeader header = VaultHeader.of(ITERATIONS, jasypt(ASCII_PASSWORD).encrypt(dataKey),
                KeyWrap.keyCheck(dataKey), codec.newNonce());
        ApiKeyEntry entry = TestVaults.entry("old-bot", "SECRET-FROM-JASYPT-DAYS");
        VaultContents contents = new VaultContents(List.of(), List.of(entry), List.of(), List.of(), List.of(),
                List.of(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.seal(header, dataKey, contents, bytes);
        Path file = dir.resolve("vault.keysmith");
        Files.write(file, bytes.toByteArray());

        Vault v = TestVaults.fastStore().unlock(file, ASCII_PASSWORD.toCharArray());
        assertThat(v.entries()).singleElement().satisfies(e ->
                assertThat(e.secretKey().chars()).containsExactly("SECRET-FROM-JASYPT-DAYS".toCharArray()));
        v.lock();
    }

    /** What Keysmith writes now is still Jasypt's format: Jasypt unwraps the data key, which opens the payload. */
    @Test
    void aVaultWrittenNowOpensWithJasyptsUnwrap() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        Vault v = TestVaults.fastStore().create(file, ASCII_PASSWORD.toCharArray());
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.lock();
        VaultCodec codec = new VaultCodec(new PayloadCipher(new SecureRandom()));
        VaultFile.Sealed sealed = codec.parse(Files.readAllBytes(file));
        byte[] dataKey = jasypt(ASCII_PASSWORD).decrypt(sealed.header().wrappedKey());
        assertThat(KeyWrap.checks(dataKey, sealed.header().keyCheck())).isTrue();
        VaultContents back = codec.open(sealed, dataKey);
        assertThat(back.entries()).singleElement().extracting(ApiKeyEntry::name).isEqualTo("bot1");
        back.destroySecrets();
    }

    /**
     * L13: on JDK 17 Jasypt (the JDK's PBE key) refuses any password outside printable ASCII; Keysmith's wrap
     * takes it. A wrong non-ASCII password is a wrong password, not an unexpected error.
     */
    @Test
    void aNonAsciiMasterPasswordCreatesAndUnlocksAVault() throws Exception {
        Path file = dir.resolve("vault.keysmith");
        VaultStore store = TestVaults.fastStore();
        Vault v = store.create(file, NON_ASCII_PASSWORD.toCharArray());
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.lock();
        assertThatThrownBy(() -> store.unlock(file, "Grüsse 密码 🔑".toCharArray()))
                .isInstanceOf(VaultException.WrongPassword.class);
        Vault again = store.unlock(file, NON_ASCII_PASSWORD.toCharArray());
        assertThat(again.entries()).hasSize(1);
        again.lock();

        byte[] wrapped = new VaultFile().read(Files.readAllBytes(file)).header().wrappedKey();
        byte[] fromJasypt;
        try {
            fromJasypt = jasypt(NON_ASCII_PASSWORD).decrypt(wrapped);
        } catch (EncryptionInitializationException jdk17RefusesNonAscii) {
            return;
        }
        // a newer JDK's PBE key takes UTF-8 too, and must then agree with Keysmith
        assertThat(KeyWrap.unwrap(wrapped, new VaultFile().read(Files.readAllBytes(file)).header().keyCheck(),
                NON_ASCII_PASSWORD.toCharArray(), ITERATIONS)).isEqualTo(fromJasypt);
    }

    @Test
    void aDamagedOrTooShortWrapIsAWrongPasswordNotAnError() {
        byte[] dataKey = randomKey();
        byte[] wrapped = KeyWrap.wrap(dataKey, ASCII_PASSWORD.toCharArray(), ITERATIONS, new SecureRandom());
        assertThat(KeyWrap.unwrapUnchecked(new byte[KeyWrap.SALT_BYTES + KeyWrap.IV_BYTES], ASCII_PASSWORD
                .toCharArray(), ITERATIONS)).isNull();
        byte[] cut = Arrays.copyOf(wrapped, wrapped.length - 5);
        assertThat(KeyWrap.unwrapUnchecked(cut, ASCII_PASSWORD.toCharArray(), ITERATIONS)).isNull();
        byte[] fewerRounds = KeyWrap.unwrap(wrapped, KeyWrap.keyCheck(dataKey), ASCII_PASSWORD.toCharArray(),
                ITERATIONS - 1);
        assertThat(fewerRounds).isNull();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KeyWrap.DATA_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static StandardPBEByteEncryptor jasypt(String password) {
        StandardPBEByteEncryptor e = new StandardPBEByteEncryptor();
        e.setAlgorithm(KeyWrap.ALGORITHM);
        e.setPassword(password);
        e.setKeyObtentionIterations(ITERATIONS);
        e.setIvGenerator(new RandomIvGenerator());
        return e;
    }
}
