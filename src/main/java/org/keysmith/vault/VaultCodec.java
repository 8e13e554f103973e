package org.keysmith.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Base64;

/** Turns contents into file bytes under a data key (fresh nonce each time) and back. */
final class VaultCodec {
    private ObjectMapper json;
    private final PayloadCipher cipher;
    private final VaultFile file = new VaultFile();

    private static final int WARM_UP_ROUNDS = 20_000;
    /** Smaller payloads decrypt in a few milliseconds even cold: no warm-up for them. */
    private static final long BIG_PAYLOAD = 256 * 1024;

    VaultCodec(PayloadCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Prepares unlocking while the user types the password: builds the JSON mapper and runs AES-GCM decryption on
     * small throwaway buffers until the JIT has compiled it. Cold, JDK 17 decrypts a 4 MB payload (10 000 keys) at
     * about 60 MB/s; warmed this way about 25 ms (measured here). Costs about a second of background CPU, so
     * it runs only for payloads of 256 KB or more (roughly 600 keys).
     */
    void warmUp(long payloadBytes) {
        json();
        if (payloadBytes < BIG_PAYLOAD) {
            return;
        }
        byte[] key = new byte[32];
        byte[] nonce = cipher.newNonce();
        byte[] aad = {1};
        byte[] sealed = cipher.encrypt(key, nonce, aad, new byte[1024]);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            cipher.decrypt(key, nonce, aad, sealed);
        }
    }

    /** Built on first use: Jackson is not needed to show the first window. */
    private synchronized ObjectMapper json() {
        if (json == null) {
            json = VaultJson.mapper();
        }
        return json;
    }

    byte[] newNonce() {
        return cipher.newNonce();
    }

    /**
     * Writes the vault file for {@code contents} under {@code header} (whose nonce must be new) to {@code out}:
     * the JSON is encrypted and base64-encoded as it is generated, so neither the plaintext nor the ciphertext is
     * ever held whole, and Jackson's buffers are wiped after use.
     */
    void seal(VaultHeader header, byte[] dataKey, VaultContents contents, OutputStream out) throws IOException {
        file.writeHead(header, out);
        OutputStream base64 = Base64.getEncoder().wrap(new KeepOpen(out));
        json().writeValue(cipher.encrypting(dataKey, header.nonce(), header.aad(), base64), contents);
        file.writeTail(out);
    }

    /** Lets closing the base64 stream write its padding without closing the file. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    VaultFile.Sealed parse(byte[] fileBytes) throws VaultFile.FormatProblem, VaultException.TooNew {
        return file.read(fileBytes);
    }

    /** The contents, or a problem when the payload does not authenticate or does not parse. */
    VaultContents open(VaultFile.Sealed sealed, byte[] dataKey) throws VaultFile.FormatProblem {
        VaultHeader h = sealed.header();
        byte[] plain = cipher.decrypt(dataKey, h.nonce(), h.aad(), sealed.payload());
        if (plain == null) {
            throw new VaultFile.FormatProblem("its contents fail their integrity check");
        }
        try {
            return json().readValue(plain, VaultContents.class);
        } catch (IOException e) {
            throw new VaultFile.FormatProblem("its contents cannot be read");
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
