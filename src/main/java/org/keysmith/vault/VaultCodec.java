package org.keysmith.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;

/** Turns contents into file bytes under a data key (fresh nonce each time) and back. */
final class VaultCodec {
    private ObjectMapper json;
    private final PayloadCipher cipher;
    private final VaultFile file = new VaultFile();

    VaultCodec(PayloadCipher cipher) {
        this.cipher = cipher;
    }

    void warmUp() {
        json();
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
