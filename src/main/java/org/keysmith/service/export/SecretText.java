package org.keysmith.service.export;

import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer into a char array that it wipes: exported text holds secrets, so it never becomes a String. The
 * caller takes the result with {@link #take()} (and wipes it) and closes this to wipe the buffer.
 */
final class SecretText extends Writer {
    private char[] buf = new char[512];
    private int len;

    @Override
    public void write(char[] cbuf, int off, int n) {
        if (len + n > buf.length) {
            char[] bigger = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            Arrays.fill(buf, '\0');
            buf = bigger;
        }
        System.arraycopy(cbuf, off, buf, len, n);
        len += n;
    }

    SecretText text(String s) {
        write(s.toCharArray(), 0, s.length());
        return this;
    }

    SecretText ch(char c) {
        write(new char[] {c}, 0, 1);
        return this;
    }

    SecretText chars(char[] s) {
        write(s, 0, s.length);
        return this;
    }

    /** A copy of what was written; the caller wipes it. */
    char[] take() {
        return Arrays.copyOf(buf, len);
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        Arrays.fill(buf, '\0');
        len = 0;
    }
}
