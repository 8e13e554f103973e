package org.keysmith.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;

/**
 * The fast paths of a save write exactly what the generic ones would: {@link EntryJsonWriter} against Jackson's
 * record serializer, and the chunked encrypting stream against one-shot AES-GCM, whatever the write sizes.
 */
class VaultJsonTest {
    private static ApiKeyEntry everyComponentSet() {
        return new ApiKeyEntry("id-1", "conn-1", "bot \"one\" ü 🔑", "line\nbreak\ttab", KeyType.THIRD_PARTY_APP,
                "Desk01", Permissions.of(Permission.TRADE, Permission.WITHDRAW),
                IpAllowlist.parse("127.0.0.1,10.0.0.0/8").get(), "api-key-1", Secret.copyOf("SECRET-1".toCharArray()),
                Secret.copyOf("Pass-1\\x".toCharArray()), Site.EEA, Environment.DEMO,
                Instant.parse("2026-11-20T10:00:00.123Z"), Instant.parse("2026-11-21T10:00:00Z"), KeyStatus.ACTIVE,
                Instant.parse("2026-11-22T10:00:00Z"));
    }

    private static ApiKeyEntry revokedWithoutSecrets() {
        return new ApiKeyEntry("id-2", null, "gone", null, null, null, Permissions.readOnly(), null, null, null, null,
                null, null, null, null, KeyStatus.REVOKED, Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void theEntryWriterWritesWhatTheGenericSerializerWrites() throws Exception {
        VaultContents contents = new VaultContents(List.of(TestVaults.connection("MASTER")),
                List.of(everyComponentSet(), revokedWithoutSecrets(), TestVaults.entry("plain", "S")), List.of(),
                List.of(), List.of(), List.of(), List.of());
        ObjectMapper fast = VaultJson.mapper(true);
        ObjectMapper generic = VaultJson.mapper(false);
        String expected = new String(generic.writeValueAsBytes(contents), "UTF-8");
        assertThat(expected).contains("\"revokedAt\"").contains("\"lastVerified\"").contains("\"subAccount\"");
        assertThat(new String(fast.writeValueAsBytes(contents), "UTF-8")).isEqualTo(expected);
        VaultContents back = fast.readValue(fast.writeValueAsBytes(contents), VaultContents.class);
        assertThat(back.entries().get(0).secretKey().chars()).containsExactly("SECRET-1".toCharArray());
        assertThat(back.entries().get(0).revokedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void theEncryptingStreamGivesOneShotGcmForAnyWriteSizes() throws Exception {
        PayloadCipher cipher = new PayloadCipher(new SecureRandom());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        byte[] nonce = cipher.newNonce();
        byte[] aad = {1, 2, 3};
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 15, 16, 1023, 1024, 1025, 100_000}) {
            byte[] plain = new byte[size];
            random.nextBytes(plain);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream enc = cipher.encrypting(key, nonce, aad, out)) {
                for (int i = 0; i < size; ) {
                    if (random.nextInt(10) == 0) {
                        enc.write(plain[i++]);
                        continue;
                    }
                    int n = Math.min(size - i, 1 + random.nextInt(5000));
                    enc.write(plain, i, n);
                    i += n;
                }
            }
            assertThat(out.toByteArray()).as("%d bytes", size).isEqualTo(cipher.encrypt(key, nonce, aad, plain));
            assertThat(cipher.decrypt(key, nonce, aad, out.toByteArray())).isEqualTo(plain);
        }
    }
}
