package org.keysmith.service.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Copies a child's output to {@code out} with every occurrence of a secret replaced by {@code ***}, also when a
 * secret arrives split over several writes. Works on bytes: each secret is matched in the UTF-8 form and, where it
 * differs, in its JSON-escaped and URL-encoded forms (a bot that logs a request body or URL).
 *
 * <p>Output is passed on as soon as it cannot be the start of a secret: only a tail that is a proper prefix of a
 * secret is held back until the next write (or {@link #close()}), so ordinary lines are never delayed. The patterns
 * and the held-back bytes are wiped on close.
 */
public final class OutputMasker extends OutputStream {
    private static final byte[] MASK = "***".getBytes(StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final byte[][] patterns;
    private byte[] pending = new byte[256];
    private int pendingLength;
    private boolean closed;
    /** The bytes some pattern starts with: a byte that is none of them is passed on without a look at the patterns. */
    private final boolean[] starts = new boolean[256];

    /** {@code secrets} are copied; the caller keeps and wipes its own arrays. Empty secrets are ignored. */
    public OutputMasker(OutputStream out, List<char[]> secrets) {
        this.out = out;
        List<byte[]> all = new ArrayList<>();
        for (char[] s : secrets) {
            if (s != null && s.length > 0) {
                for (byte[] form : MaskForms.of(s)) {
                    if (all.stream().noneMatch(p -> Arrays.equals(p, form))) {
                        all.add(form);
                    } else {
                        Arrays.fill(form, (byte) 0);
                    }
                }
            }
        }
        this.patterns = all.toArray(new byte[0][]);
        for (byte[] p : patterns) {
            starts[p[0] & 0xff] = true;
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("The output masker is closed.");
        }
        if (patterns.length == 0) {
            out.write(b, off, len);
            return;
        }
        append(b, off, len);
        drain(false);
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    /** Passes on what is held back (a tail that turned out not to be a secret), wipes, and closes {@code out}. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            drain(true);
            out.flush();
        } finally {
            closed = true;
            Arrays.fill(pending, (byte) 0);
            for (byte[] p : patterns) {
                Arrays.fill(p, (byte) 0);
            }
            out.close();
        }
    }

    private void append(byte[] b, int off, int len) {
        if (pendingLength + len > pending.length) {
            byte[] bigger = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + len));
            Arrays.fill(pending, (byte) 0);
            pending = bigger;
        }
        System.arraycopy(b, off, pending, pendingLength, len);
        pendingLength += len;
    }

    /** Writes out everything that is decided: masks for matches, plain bytes that cannot start a secret. */
    private void drain(boolean atEnd) throws IOException {
        int start = 0;
        int i = 0;
        while (i < pendingLength) {
            if (!starts[pending[i] & 0xff]) {
                i++;
                continue;
            }
            int matched = matchAt(i);
            if (matched > 0) {
                out.write(pending, start, i - start);
                out.write(MASK);
                i += matched;
                start = i;
            } else if (!atEnd && couldStartAt(i)) {
                break;
            } else {
                i++;
            }
        }
        out.write(pending, start, i - start);
        int rest = pendingLength - i;
        System.arraycopy(pending, i, pending, 0, rest);
        Arrays.fill(pending, rest, pendingLength, (byte) 0);
        pendingLength = rest;
    }

    /** The length of the longest pattern that matches completely at {@code i}, or 0. */
    private int matchAt(int i) {
        int best = 0;
        for (byte[] p : patterns) {
            if (p.length > best && p.length <= pendingLength - i && regionMatches(i, p, p.length)) {
                best = p.length;
            }
        }
        return best;
    }

    /** True when the bytes from {@code i} to the end are a proper prefix of some pattern (more may complete it). */
    private boolean couldStartAt(int i) {
        int have = pendingLength - i;
        for (byte[] p : patterns) {
            if (p.length > have && regionMatches(i, p, have)) {
                return true;
            }
        }
        return false;
    }

    private boolean regionMatches(int i, byte[] p, int n) {
        for (int k = 0; k < n; k++) {
            if (pending[i + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "OutputMasker[" + patterns.length + " patterns]";
    }
}
