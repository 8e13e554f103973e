package org.keysmith.service.run;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The byte forms in which a bot may print a secret: as it is (UTF-8), JSON-escaped (a logged request body) and
 * URL-encoded (a logged query string). Forms equal to the plain one are left out. Built without a String.
 */
final class MaskForms {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MaskForms() {
    }

    static List<byte[]> of(char[] secret) {
        List<byte[]> forms = new ArrayList<>(3);
        byte[] plain = utf8(secret);
        forms.add(plain);
        addIfNew(forms, json(secret));
        addIfNew(forms, url(plain));
        return forms;
    }

    private static void addIfNew(List<byte[]> forms, byte[] form) {
        if (Arrays.equals(form, forms.get(0))) {
            Arrays.fill(form, (byte) 0);
        } else {
            forms.add(form);
        }
    }

    static byte[] utf8(char[] s) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(s));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        Arrays.fill(b.array(), (byte) 0);
        return out;
    }

    private static byte[] json(char[] s) {
        char[] escaped = new char[s.length * 6];
        int n = 0;
        for (char c : s) {
            String esc = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 ? "\\u00" + HEX[c >> 4] + HEX[c & 0xf] : null;
            };
            if (esc == null) {
                escaped[n++] = c;
            } else {
                esc.getChars(0, esc.length(), escaped, n);
                n += esc.length();
            }
        }
        char[] exact = Arrays.copyOf(escaped, n);
        Arrays.fill(escaped, '\0');
        byte[] out = utf8(exact);
        Arrays.fill(exact, '\0');
        return out;
    }

    /** application/x-www-form-urlencoded style: unreserved bytes kept, space as %20, everything else %XX. */
    private static byte[] url(byte[] plain) {
        WipingBytes out = new WipingBytes();
        for (byte b : plain) {
            int v = b & 0xff;
            if (v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z' || v >= '0' && v <= '9' || "-._~".indexOf(v) >= 0) {
                out.write(v);
            } else {
                out.write('%');
                out.write(HEX[v >> 4]);
                out.write(HEX[v & 0xf]);
            }
        }
        return out.take();
    }

    /** A byte buffer that wipes its array when it grows and when the result is taken. */
    private static final class WipingBytes extends ByteArrayOutputStream {
        @Override
        public synchronized void write(int b) {
            if (count == buf.length) {
                byte[] old = buf;
                buf = Arrays.copyOf(buf, Math.max(16, buf.length * 2));
                Arrays.fill(old, (byte) 0);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }

        byte[] take() {
            byte[] out = Arrays.copyOf(buf, count);
            Arrays.fill(buf, (byte) 0);
            count = 0;
            return out;
        }
    }
}
