package org.keysmith.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;

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

    /** File bytes for {@code contents}; {@code header}'s nonce is replaced by a new one, returned header has it. */
    Sealing seal(VaultHeader header, byte[] dataKey, VaultContents contents) {
        VaultHeader h = header.withNonce(cipher.newNonce());
        byte[] plain;
        try {
            plain = json().writeValueAsBytes(contents);
        } catch (IOException e) {
            throw new IllegalStateException("the vault contents could not be written as JSON", e);
        }
        try {
            return new Sealing(h, file.write(h, cipher.encrypt(dataKey, h.nonce(), h.aad(), plain)));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    record Sealing(VaultHeader header, byte[] fileBytes) {
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
