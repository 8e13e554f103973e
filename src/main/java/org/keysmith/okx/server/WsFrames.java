package org.keysmith.okx.server;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * RFC 6455 section 5 framing as a server speaks it (https://www.rfc-editor.org/rfc/rfc6455#section-5): frames from
 * the client must be masked and carry no extension bits; frames to the client are never masked. Sizes are checked
 * before a payload is read, so a client cannot make the server allocate more than {@code maxPayload} bytes.
 */
final class WsFrames {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** One frame as read: FIN bit, opcode and the unmasked payload. */
    record Frame(boolean fin, int opcode, byte[] payload) {
        boolean isControl() {
            return (opcode & 0x8) != 0;
        }
    }

    /** A frame that breaks the protocol or a limit: the connection is closed with {@code code}. */
    static final class Violation extends Exception {
        private final int code;

        Violation(int code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    private WsFrames() {
    }

    /** Reads one frame; {@code maxPayload} bounds a data frame's payload (control frames: 125 bytes). */
    static Frame read(InputStream in, int maxPayload) throws IOException, Violation {
        int b0 = readByte(in);
        int b1 = readByte(in);
        boolean fin = (b0 & 0x80) != 0;
        if ((b0 & 0x70) != 0) {
            throw new Violation(WebSocketSession.PROTOCOL_ERROR, "extension bits set without an extension");
        }
        int opcode = b0 & 0x0F;
        if (opcode != CONTINUATION && opcode != TEXT && opcode != BINARY && opcode != CLOSE && opcode != PING
                && opcode != PONG) {
            throw new Violation(WebSocketSession.PROTOCOL_ERROR, "unknown opcode " + opcode);
        }
        if ((b1 & 0x80) == 0) {
            throw new Violation(WebSocketSession.PROTOCOL_ERROR, "a client frame must be masked");
        }
        long len = b1 & 0x7F;
        boolean control = (opcode & 0x8) != 0;
        if (control && (len > 125 || !fin)) {
            throw new Violation(WebSocketSession.PROTOCOL_ERROR, "a control frame must be whole and at most 125 "
                    + "bytes");
        }
        if (len == 126) {
            len = (long) readByte(in) << 8 | readByte(in);
        } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; i++) {
                len = len << 8 | readByte(in);
            }
            if (len < 0) {
                throw new Violation(WebSocketSession.PROTOCOL_ERROR, "negative length");
            }
        }
        if (len > maxPayload) {
            throw new Violation(WebSocketSession.TOO_BIG, "message larger than " + maxPayload + " bytes");
        }
        byte[] mask = readFully(in, 4);
        byte[] payload = readFully(in, (int) len);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i & 3];
        }
        return new Frame(fin, opcode, payload);
    }

    /** Writes one unmasked, final frame. */
    static void write(OutputStream out, int opcode, byte[] payload) throws IOException {
        int len = payload.length;
        byte[] head;
        if (len < 126) {
            head = new byte[] {(byte) (0x80 | opcode), (byte) len};
        } else if (len < 65536) {
            head = new byte[] {(byte) (0x80 | opcode), 126, (byte) (len >>> 8), (byte) len};
        } else {
            head = new byte[10];
            head[0] = (byte) (0x80 | opcode);
            head[1] = 127;
            for (int i = 0; i < 8; i++) {
                head[9 - i] = (byte) ((long) len >>> (8 * i));
            }
        }
        out.write(head);
        out.write(payload);
        out.flush();
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("connection closed");
        }
        return b;
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] out = in.readNBytes(n);
        if (out.length < n) {
            throw new EOFException("connection closed");
        }
        return out;
    }
}
