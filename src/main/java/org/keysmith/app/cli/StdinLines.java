package org.keysmith.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.keysmith.domain.Secret;

/** Reads one line of standard input at a time, byte by byte (no read-ahead), into a char[] and never a String. */
final class StdinLines {
    private StdinLines() {
    }

    /** One line without its line end; {@code what} names it when the input ends first. */
    static char[] line(InputStream in, String what) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            buf.write(b);
        }
        byte[] bytes = buf.toByteArray();
        buf.reset();
        if (b == -1 && bytes.length == 0) {
            throw new IOException("standard input ended before " + what + " was read");
        }
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        byte[] exact = Arrays.copyOf(bytes, len);
        Arrays.fill(bytes, (byte) 0);
        try (Secret s = Secret.fromUtf8(exact)) {
            return s.chars();
        } finally {
            Arrays.fill(exact, (byte) 0);
        }
    }

    /** The bytes of a small file (a password file), without one trailing line end, as chars. */
    static char[] fileContent(byte[] bytes) {
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\n') {
            len--;
        }
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        byte[] exact = Arrays.copyOf(bytes, len);
        try (Secret s = Secret.fromUtf8(exact)) {
            return s.chars();
        } finally {
            Arrays.fill(exact, (byte) 0);
        }
    }
}
