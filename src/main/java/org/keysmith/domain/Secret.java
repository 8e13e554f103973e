package org.keysmith.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * A secret value (secret key, passphrase, master password) kept as {@code char[]} so it can be wiped.
 * {@link #toString()} never shows the value; {@link #destroy()} overwrites it. Equality is identity:
 * use {@link #contentEquals(Secret)} to compare values in constant time.
 */
public final class Secret implements AutoCloseable {
    private static final String MASK = "***";
    private final char[] value;
    private volatile boolean destroyed;

    private Secret(char[] value) {
        this.value = value;
    }

    /** Copies {@code chars}; the caller keeps ownership of (and should wipe) its array. */
    public static Secret copyOf(char[] chars) {
        return new Secret(Arrays.copyOf(Objects.requireNonNull(chars, "chars"), chars.length));
    }

    /** Takes ownership of {@code chars}: the array is wiped when this secret is destroyed. */
    public static Secret wrap(char[] chars) {
        return new Secret(Objects.requireNonNull(chars, "chars"));
    }

    /** Copies a sub-range, e.g. straight out of a JSON parser's character buffer. */
    public static Secret copyOf(char[] chars, int offset, int length) {
        return new Secret(Arrays.copyOfRange(chars, offset, offset + length));
    }

    /** Decodes UTF-8 bytes without going through {@code String}. The caller wipes {@code utf8}. */
    public static Secret fromUtf8(byte[] utf8) {
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
        char[] out = new char[chars.remaining()];
        chars.get(out);
        wipe(chars);
        return new Secret(out);
    }

    public int length() {
        return checked().length;
    }

    public boolean isEmpty() {
        return length() == 0;
    }

    public char charAt(int index) {
        return checked()[index];
    }

    /** A copy of the characters; the caller must wipe it ({@link Arrays#fill(char[], char)}). */
    public char[] chars() {
        char[] v = checked();
        return Arrays.copyOf(v, v.length);
    }

    /** Runs {@code use} with a temporary copy of the characters, wiped afterwards. */
    public <T> T withChars(Function<char[], T> use) {
        char[] copy = chars();
        try {
            return use.apply(copy);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    /** UTF-8 encoding of the value; the caller must wipe the returned array. */
    public byte[] utf8() {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(checked()));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        wipe(bytes);
        return out;
    }

    /**
     * The value as a {@code String}. Only for the few wire boundaries that accept nothing else
     * (an HTTP header value); the string cannot be wiped, so keep its scope to one statement.
     */
    public String exposeAsString() {
        return new String(checked());
    }

    public Secret copy() {
        return copyOf(checked());
    }

    /** Constant-time comparison of the two values. */
    public boolean contentEquals(Secret other) {
        if (other == null) {
            return false;
        }
        byte[] a = utf8();
        byte[] b = other.utf8();
        try {
            return MessageDigest.isEqual(a, b);
        } finally {
            Arrays.fill(a, (byte) 0);
            Arrays.fill(b, (byte) 0);
        }
    }

    public boolean isDestroyed() {
        return destroyed;
    }

    public void destroy() {
        Arrays.fill(value, '\0');
        destroyed = true;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return MASK;
    }

    private char[] checked() {
        if (destroyed) {
            throw new IllegalStateException("This secret was wiped (the vault was locked); unlock again.");
        }
        return value;
    }

    private static void wipe(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }

    private static void wipe(CharBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), '\0');
        }
    }
}
