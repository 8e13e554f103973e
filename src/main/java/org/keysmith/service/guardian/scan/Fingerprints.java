package org.keysmith.service.guardian.scan;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.keysmith.domain.Secret;

/**
 * What the scan knows of the vault's secrets, without the secrets (docs/decisions/0090): for each secret key and
 * passphrase, HMAC-SHA256 under a random key made for this scan, plus a small filter over keyed hashes of the
 * secret's last 8 bytes, so the scanner can pass over most of the text without computing an HMAC. Built once at
 * the start of a scan, from copies of the secrets that are wiped at once; {@link #destroy()} wipes the HMAC key and
 * the tables.
 *
 * <p>A secret can be searched for when it is 8 to 63 printable ASCII characters without spaces (every OKX secret
 * key and every passphrase OKX accepts); others are counted in {@link #unsearchable()}.
 */
final class Fingerprints {
    static final int GRAM = 8;
    static final int MAX_LENGTH = 63;
    private static final String HMAC = "HmacSHA256";
    private final byte[] hmacKey = new byte[32];
    private final Map<Long, List<Entry>> byPrefix = new HashMap<>();
    private final Map<String, KeyRef> apiKeys = new HashMap<>();
    private final long[] bloom;
    private final int bloomShift;
    private final long k1;
    private final long k2;
    private final long k3;
    private long lengths;
    private int searchable;
    private int unsearchable;

    /** One fingerprint: the HMAC of a secret and whose secret it is. */
    record Entry(byte[] hmac, KeyRef key, LeakKind kind) {
    }

    /** A secret to fingerprint; the builder does not keep it. */
    record Input(KeyRef key, LeakKind kind, Secret secret) {
    }

    private Fingerprints(int expected, SecureRandom random) {
        random.nextBytes(hmacKey);
        k1 = random.nextLong();
        k2 = random.nextLong() | 1;
        k3 = random.nextLong() | 1;
        int log = 16;
        while (log < 24 && (1L << log) < (long) expected * 32) {
            log++;
        }
        bloom = new long[1 << (log - 6)];
        bloomShift = 64 - log;
    }

    /**
     * Fingerprints of {@code secrets} (each copied to bytes, hashed and wiped) and the vault's API keys by value
     * ({@code apiKeys}: public identifiers, to tell whether unknown-looking credentials belong to a vault key).
     */
    static Fingerprints of(List<Input> secrets, Map<String, KeyRef> apiKeys, SecureRandom random) {
        Fingerprints f = new Fingerprints(secrets.size(), random);
        Mac mac = f.newMac();
        for (Input in : secrets) {
            if (in.secret() == null || in.secret().isDestroyed()) {
                continue;
            }
            byte[] bytes = in.secret().utf8();
            try {
                f.add(mac, bytes, in.key(), in.kind());
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        apiKeys.forEach((k, v) -> f.apiKeys.put(k.toLowerCase(Locale.ROOT), v));
        return f;
    }

    private void add(Mac mac, byte[] bytes, KeyRef key, LeakKind kind) {
        if (bytes.length < GRAM || bytes.length > MAX_LENGTH || !printable(bytes)) {
            unsearchable++;
            return;
        }
        long gram = 0;
        for (int i = bytes.length - GRAM; i < bytes.length; i++) {
            gram = (gram << 8) | (bytes[i] & 0xff);
        }
        long h = first(gram);
        setBit((int) (h >>> bloomShift));
        setBit((int) (second(h) >>> bloomShift));
        gram = 0;
        lengths |= 1L << bytes.length;
        mac.update(bytes);
        byte[] hmac = mac.doFinal();
        byPrefix.computeIfAbsent(prefix(hmac, 0), p -> new ArrayList<>(1)).add(new Entry(hmac, key, kind));
        searchable++;
    }

    private static boolean printable(byte[] bytes) {
        for (byte b : bytes) {
            if (b <= ' ' || b >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private void setBit(int index) {
        bloom[index >>> 6] |= 1L << index;
    }

    /** The first keyed hash of the 8 bytes ending at a position (big-endian, the last byte lowest). */
    long first(long gram) {
        return (gram ^ k1) * k2;
    }

    long k1() {
        return k1;
    }

    long k2() {
        return k2;
    }

    long second(long first) {
        long h = first ^ (first >>> 29);
        return h * k3;
    }

    long[] bloom() {
        return bloom;
    }

    int bloomShift() {
        return bloomShift;
    }

    /** Bit {@code n} is set when some secret has {@code n} characters. */
    long lengths() {
        return lengths;
    }

    /** A new HMAC instance under this scan's key (one per thread: Mac is not thread-safe). */
    Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(hmacKey, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    /** The fingerprints equal to {@code hmac} (usually none, one when a secret was found). */
    List<Entry> lookup(byte[] hmac) {
        List<Entry> candidates = byPrefix.get(prefix(hmac, 0));
        if (candidates == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(1);
        for (Entry e : candidates) {
            if (MessageDigest.isEqual(e.hmac(), hmac)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The vault key with API key {@code apiKey} (compared without case), or null. */
    KeyRef apiKey(String apiKey) {
        return apiKeys.get(apiKey.toLowerCase(Locale.ROOT));
    }

    int searchable() {
        return searchable;
    }

    int unsearchable() {
        return unsearchable;
    }

    void destroy() {
        Arrays.fill(hmacKey, (byte) 0);
        Arrays.fill(bloom, 0L);
        byPrefix.values().forEach(l -> l.forEach(e -> Arrays.fill(e.hmac(), (byte) 0)));
        byPrefix.clear();
    }

    private static long prefix(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }
}
