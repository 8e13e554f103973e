package org.keysmith.service.relay;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.keysmith.domain.Environment;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.Secret;

/**
 * The key a bot uses at the relay: an API key (a random UUID, OKX's form), a secret key (32 random bytes as 64
 * upper-case hex characters; OKX's own are 32) and a passphrase that meets OKX's rules, so every OKX client accepts
 * them. They exist only at this relay: OKX has never seen them, so they are worthless anywhere else. The
 * environment is the real key's (a demo key's relay credential expects {@code x-simulated-trading: 1}).
 * {@code toString} shows the API key only.
 */
public final class RelayCredential implements AutoCloseable {
    private final String apiKey;
    private final Secret secretKey;
    private final Secret passphrase;
    private final Environment environment;

    public RelayCredential(String apiKey, Secret secretKey, Secret passphrase, Environment environment) {
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        this.passphrase = passphrase;
        this.environment = environment;
    }

    /** A fresh credential from {@code random}. */
    public static RelayCredential generate(SecureRandom random, Environment environment) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        id[6] = (byte) (id[6] & 0x0f | 0x40);
        id[8] = (byte) (id[8] & 0x3f | 0x80);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | id[i] & 0xff;
            lo = lo << 8 | id[i + 8] & 0xff;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        char[] hex = HexFormat.of().withUpperCase().formatHex(secret).toCharArray();
        Arrays.fill(secret, (byte) 0);
        return new RelayCredential(new UUID(hi, lo).toString(), Secret.wrap(hex),
                new PassphraseGenerator(random).generate(), environment);
    }

    public String apiKey() {
        return apiKey;
    }

    public Secret secretKey() {
        return secretKey;
    }

    public Secret passphrase() {
        return passphrase;
    }

    public Environment environment() {
        return environment;
    }

    @Override
    public void close() {
        secretKey.destroy();
        passphrase.destroy();
    }

    @Override
    public String toString() {
        return "RelayCredential[apiKey=" + apiKey + ", secretKey=***, passphrase=***, " + environment + "]";
    }
}
