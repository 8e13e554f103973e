package org.keysmith.service.guardian.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * The scan's inner loop, one per thread (docs/decisions/0090, 0091). It reads bytes, never characters: a byte that
 * is not printable ASCII (a space, a line end, a control byte, any byte of a non-ASCII character, undecodable
 * bytes) ends every run, so text in any ASCII-compatible encoding is read as it is and nothing is decoded.
 *
 * <p>Per byte it does a table lookup, keeps the 8 printable bytes ending here in a {@code long}, and, once 8
 * printable bytes are in a row, probes one bit of {@link Fingerprints}' filter. Only when that bit and a second one
 * are set does it compute HMACs of the runs ending here, one per secret length in the vault. Besides, it splits the
 * text into words at quotes, brackets, commas, semicolons, {@code =} and {@code :} to notice OKX-shaped API keys
 * (UUIDs), secret keys (32 upper-case hex digits) and passphrase-like words (8–32 characters with an upper-case
 * letter, a lower-case letter, a digit and a symbol); three of them within {@link #NEAR} lines whose secret key the
 * vault does not hold are reported as unknown credentials.
 *
 * <p>Callers keep at least {@link #LOOK_BEHIND} bytes before {@code from} in the buffer: the bytes before a match
 * are read back from there.
 */
final class ByteScanner {
    /** Bytes before the current position the scanner may read back. */
    static final int LOOK_BEHIND = 64;
    /** How many lines apart an API key, secret key and passphrase may be to count as one set of credentials. */
    static final int NEAR = 5;
    private static final int PRINT = 1;
    private static final int UPPER = 2;
    private static final int LOWER = 4;
    private static final int DIGIT = 8;
    private static final int SYMBOL = 16;
    /** Set for a printable byte that is not 0-9 or A-F: a word of 32 without it is secret-key-shaped. */
    private static final int NOT_UHEX = 32;
    /** Set for a printable byte that is not a hex digit or '-': a word of 36 without it may be a UUID. */
    private static final int NOT_ID = 64;
    private static final int DELIM_A = 128;
    private static final int DELIM_B = 256;
    private static final int EQ_COLON = 512;
    private static final int ALL_CLASSES = UPPER | LOWER | DIGIT | SYMBOL;
    private static final int[] CLS = classes();

    /** Where the scanner reports what it found (the caller adds file and commit). */
    interface Sink {
        void hit(LeakKind kind, long line, List<KeyRef> keys, String apiKeyHint);
    }

    private final Fingerprints fp;
    private final Mac mac;
    private final byte[] out = new byte[32];
    private final long[] bloom;
    private final int shift;
    private final long lengths;
    private final long k1;
    private final long k2;
    private Sink sink;
    private long line = 1;
    private int run;
    private long gram;
    private int lenA;
    private int orA;
    private int lenB;
    private int orB;
    private long uuidLine = -1;
    private KeyRef uuidKey;
    private String uuidHint;
    private boolean uuidReported;
    private long hexLine = -1;
    private boolean hexKnown;
    private long passLine = -1;

    ByteScanner(Fingerprints fp) {
        this.fp = fp;
        this.mac = fp.newMac();
        this.bloom = fp.bloom();
        this.shift = fp.bloomShift();
        this.lengths = fp.lengths();
        this.k1 = fp.k1();
        this.k2 = fp.k2();
    }

    /** Starts a new section (a file, a file in a commit, a commit message) reporting to {@code to}, at line 1. */
    void begin(Sink to) {
        sink = to;
        line = 1;
        run = 0;
        gram = 0;
        resetTokens();
        uuidLine = -1;
        uuidKey = null;
        uuidHint = null;
        uuidReported = false;
        hexLine = -1;
        hexKnown = false;
        passLine = -1;
    }

    /** Sets the number of the line the next bytes belong to (history: the line in the file at that commit). */
    void line(long n) {
        line = n;
    }

    /**
     * Scans {@code buf[from, to)}. A {@code '\n'} inside counts a line; the state carries over to the next call, so
     * a file may come in any number of pieces.
     */
    void feed(byte[] buf, int from, int to) {
        final long[] bloom = this.bloom;
        final int shift = this.shift;
        final long k1 = this.k1;
        final long k2 = this.k2;
        int run = this.run;
        long gram = this.gram;
        long line = this.line;
        int lenA = this.lenA;
        int orA = this.orA;
        int lenB = this.lenB;
        int orB = this.orB;
        for (int i = from; i < to; i++) {
            int b = buf[i] & 0xff;
            int c = CLS[b];
            if ((c & DELIM_A) == 0) {
                lenA++;
                orA |= c;
            } else {
                if (lenA >= Fingerprints.GRAM) {
                    wordA(buf, i, lenA, orA, line);
                }
                lenA = 0;
                orA = 0;
            }
            if ((c & DELIM_B) == 0) {
                lenB++;
                orB |= c;
            } else {
                if (lenB >= Fingerprints.GRAM && (orB & EQ_COLON) != 0) {
                    wordB(lenB, orB, line);
                }
                lenB = 0;
                orB = 0;
            }
            if ((c & PRINT) != 0) {
                gram = (gram << 8) | b;
                if (++run >= Fingerprints.GRAM) {
                    long h = (gram ^ k1) * k2; // Fingerprints.first, inlined by hand
                    int idx = (int) (h >>> shift);
                    if ((bloom[idx >>> 6] & (1L << idx)) != 0) {
                        confirm(buf, i, run, h, line);
                    }
                }
            } else {
                run = 0;
                if (b == '\n') {
                    line++;
                }
            }
        }
        this.run = run;
        this.gram = gram;
        this.line = line;
        this.lenA = lenA;
        this.orA = orA;
        this.lenB = lenB;
        this.orB = orB;
    }

    /**
     * Ends the current line as if a line end followed {@code buf[end - 1]} (history feeds lines without their line
     * end; a file's last line has none). The line number is not changed.
     */
    void endLine(byte[] buf, int end) {
        if (lenA >= Fingerprints.GRAM) {
            wordA(buf, end, lenA, orA, line);
        }
        if (lenB >= Fingerprints.GRAM && (orB & EQ_COLON) != 0) {
            wordB(lenB, orB, line);
        }
        run = 0;
        resetTokens();
    }

    private void resetTokens() {
        lenA = 0;
        orA = 0;
        lenB = 0;
        orB = 0;
    }

    /** The filter's first bit was set for the 8 bytes ending at {@code i}: check the second, then the HMACs. */
    private void confirm(byte[] buf, int i, int run, long h, long line) {
        int idx = (int) (fp.second(h) >>> shift);
        if ((bloom[idx >>> 6] & (1L << idx)) == 0) {
            return;
        }
        long ls = lengths & (run >= 63 ? -1L : (1L << (run + 1)) - 1);
        while (ls != 0) {
            int len = Long.numberOfTrailingZeros(ls);
            ls &= ls - 1;
            List<Fingerprints.Entry> found = lookup(buf, i - len + 1, len);
            if (!found.isEmpty()) {
                report(found, line);
            }
        }
    }

    private List<Fingerprints.Entry> lookup(byte[] buf, int from, int len) {
        mac.update(buf, from, len);
        try {
            mac.doFinal(out, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        return fp.lookup(out);
    }

    private void report(List<Fingerprints.Entry> found, long line) {
        List<KeyRef> secretOf = new ArrayList<>(1);
        List<KeyRef> passphraseOf = new ArrayList<>(1);
        for (Fingerprints.Entry e : found) {
            (e.kind() == LeakKind.SECRET_KEY ? secretOf : passphraseOf).add(e.key());
        }
        if (!secretOf.isEmpty()) {
            sink.hit(LeakKind.SECRET_KEY, line, secretOf, null);
        }
        if (!passphraseOf.isEmpty()) {
            sink.hit(LeakKind.PASSPHRASE, line, passphraseOf, null);
        }
    }

    /** A word split at every delimiter ended before {@code end}. */
    private void wordA(byte[] buf, int end, int len, int or, long line) {
        if (len == 32 && (or & NOT_UHEX) == 0 && (or & UPPER) != 0) {
            hexLine = line;
            hexKnown = !lookup(buf, end - 32, 32).isEmpty();
            triad();
        } else if (len == 36 && (or & NOT_ID) == 0 && isUuid(buf, end - 36)) {
            String apiKey = new String(buf, end - 36, 36, StandardCharsets.US_ASCII);
            uuidLine = line;
            uuidKey = fp.apiKey(apiKey);
            uuidHint = apiKey.substring(0, 8);
            uuidReported = false;
            triad();
        }
        if (len <= 32 && (or & ALL_CLASSES) == ALL_CLASSES) {
            passLine = line;
            triad();
        }
    }

    /** A word that kept its {@code =} and {@code :} (e.g. a passphrase containing them) ended. */
    private void wordB(int len, int or, long line) {
        if (len <= 32 && (or & ALL_CLASSES) == ALL_CLASSES) {
            passLine = line;
            triad();
        }
    }

    private static boolean isUuid(byte[] buf, int at) {
        for (int k = 0; k < 36; k++) {
            boolean dash = buf[at + k] == '-';
            if (dash != (k == 8 || k == 13 || k == 18 || k == 23)) {
                return false;
            }
        }
        return true;
    }

    private void triad() {
        if (uuidLine < 0 || hexLine < 0 || passLine < 0 || uuidReported || hexKnown) {
            return;
        }
        long lo = Math.min(uuidLine, Math.min(hexLine, passLine));
        long hi = Math.max(uuidLine, Math.max(hexLine, passLine));
        if (hi - lo > NEAR) {
            return;
        }
        uuidReported = true;
        sink.hit(LeakKind.UNKNOWN_CREDENTIALS, uuidLine, uuidKey == null ? List.of() : List.of(uuidKey), uuidHint);
    }

    private static int[] classes() {
        int[] t = new int[256];
        for (int b = 0; b < 256; b++) {
            int c;
            if (b > ' ' && b < 0x7f) {
                c = PRINT;
                if (b >= 'A' && b <= 'Z') {
                    c |= UPPER;
                } else if (b >= 'a' && b <= 'z') {
                    c |= LOWER;
                } else if (b >= '0' && b <= '9') {
                    c |= DIGIT;
                } else {
                    c |= SYMBOL;
                }
                if (!((b >= '0' && b <= '9') || (b >= 'A' && b <= 'F'))) {
                    c |= NOT_UHEX;
                }
                if (!((b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f') || b == '-')) {
                    c |= NOT_ID;
                }
                if ("\"'`,;()[]{}<>\\".indexOf(b) >= 0) {
                    c |= DELIM_A | DELIM_B;
                }
                if (b == '=' || b == ':') {
                    c |= DELIM_A | EQ_COLON;
                }
            } else {
                c = DELIM_A | DELIM_B;
            }
            t[b] = c;
        }
        return t;
    }
}
