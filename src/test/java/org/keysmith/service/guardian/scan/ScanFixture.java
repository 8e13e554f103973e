package org.keysmith.service.guardian.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.keysmith.domain.PassphraseGenerator;
import org.keysmith.domain.Secret;

/** Vault-like secrets for scanner tests, text that looks like code and config, and git driven as a user would. */
final class ScanFixture {
    private static final String HEX = "0123456789ABCDEF";

    /** A key's public and secret parts, as plain strings (test data only). */
    record TestKey(KeyRef ref, String apiKey, String secret, String passphrase) {
    }

    final List<TestKey> keys = new ArrayList<>();
    private final Random random;

    ScanFixture(long seed, int count) {
        random = new Random(seed);
        PassphraseGenerator gen = new PassphraseGenerator(new SecureRandom());
        for (int i = 0; i < count; i++) {
            Secret p = gen.generate();
            keys.add(new TestKey(new KeyRef("id" + i, "bot" + i, false), new UUID(random.nextLong(),
                    random.nextLong()).toString(), hex32(random), p.exposeAsString()));
            p.destroy();
        }
    }

    static String hex32(Random random) {
        StringBuilder b = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            b.append(HEX.charAt(random.nextInt(16)));
        }
        return b.toString();
    }

    Fingerprints fingerprints() {
        List<Fingerprints.Input> in = new ArrayList<>();
        Map<String, KeyRef> apiKeys = new HashMap<>();
        for (TestKey k : keys) {
            in.add(new Fingerprints.Input(k.ref(), LeakKind.SECRET_KEY, Secret.copyOf(k.secret().toCharArray())));
            in.add(new Fingerprints.Input(k.ref(), LeakKind.PASSPHRASE,
                    Secret.copyOf(k.passphrase().toCharArray())));
            apiKeys.put(k.apiKey(), k.ref());
        }
        return Fingerprints.of(in, apiKeys, new SecureRandom());
    }

    /**
     * About {@code bytes} of text that looks like source code and configuration, with many OKX-shaped tokens that
     * are no one's secrets: hex strings of other lengths, UUIDs alone, words with every character class.
     */
    String cleanText(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 200);
        String[] words = {"public", "static", "final", "return", "config", "apiKey", "secretKey", "passphrase",
                "value", "import", "org.example.Thing", "x[0].getY()", "Map<String,Integer>", "if", "else", "=",
                "{", "}", "\"name\":", "okx", "freqtrade", "exchange", "0x7F3A", "localhost:8080"};
        int line = 0;
        while (b.length() < bytes) {
            int n = 4 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                b.append(words[random.nextInt(words.length)]).append(' ');
            }
            switch (line++ % 7) {
                case 0 -> b.append("id=").append(UUID.randomUUID());
                case 1 -> b.append("sha=").append(hex32(random).toLowerCase()).append(hex32(random).toLowerCase());
                case 2 -> b.append("Ab3$Xy9!kLm2");
                case 3 -> b.append(hex32(random).substring(0, 31));
                default -> b.append(random.nextInt(100000));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Runs git in {@code dir} with a fixed identity; fails the test when git fails. */
    static String git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test",
                "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false",
                "-c", "init.defaultBranch=main", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + out);
        }
        return out.strip();
    }
}
