package org.keysmith.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.keysmith.domain.Secret;

/**
 * Reads passwords for CLI commands without echo from the console, or line by line from standard input
 * ({@code --password-stdin}), never as a String.
 */
final class PasswordInput {
    private final CliIo io;
    private final boolean fromStdin;

    PasswordInput(CliIo io, boolean fromStdin) {
        this.io = io;
        this.fromStdin = fromStdin;
    }

    /** One password; {@code prompt} is shown on the console only. */
    char[] read(String prompt) throws IOException {
        if (fromStdin) {
            return line(io.in());
        }
        if (io.console() == null) {
            throw new IOException("there is no console to read the password from; pipe it in with --password-stdin");
        }
        char[] p = io.console().readPassword("%s", prompt);
        if (p == null) {
            throw new IOException("no password was entered");
        }
        return p;
    }

    /** A value that is not secret (an API key): echoed on the console, or one line of standard input. */
    char[] readVisible(String prompt) throws IOException {
        if (fromStdin) {
            return line(io.in());
        }
        if (io.console() == null) {
            throw new IOException("there is no console to read from; pipe the values in with --secrets-stdin");
        }
        String v = io.console().readLine("%s", prompt);
        if (v == null) {
            throw new IOException("nothing was entered");
        }
        return v.toCharArray();
    }

    /** A new password: on the console it is asked twice and must match. */
    char[] readNew(String prompt) throws IOException {
        char[] first = read(prompt);
        if (first.length == 0) {
            throw new IOException("the password must not be empty");
        }
        if (fromStdin) {
            return first;
        }
        char[] again = read("Repeat it: ");
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new IOException("the two passwords differ");
        }
        return first;
    }

    /** One line of UTF-8 from {@code in}, without the line break, decoded without a String. */
    static char[] line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            buf.write(b);
        }
        byte[] bytes = buf.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (b == -1 && bytes.length == 0) {
            throw new IOException("standard input ended before a password was read");
        }
        byte[] exact = Arrays.copyOf(bytes, len);
        Arrays.fill(bytes, (byte) 0);
        try (Secret s = Secret.fromUtf8(exact)) {
            return s.chars();
        } finally {
            Arrays.fill(exact, (byte) 0);
        }
    }
}
