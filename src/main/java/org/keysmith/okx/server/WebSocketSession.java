package org.keysmith.okx.server;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * One server-side WebSocket connection after the handshake (RFC 6455, https://www.rfc-editor.org/rfc/rfc6455):
 * reads frames on the connection's own thread, joins fragmented messages, answers pings, checks that text is UTF-8,
 * and runs the closing handshake. Messages go to a {@link Listener}; {@link #send} and {@link #close} may be called
 * from any thread. Binary messages are refused (OKX's private channel speaks text only).
 */
public final class WebSocketSession {
    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int PROTOCOL_ERROR = 1002;
    public static final int UNSUPPORTED = 1003;
    public static final int BAD_DATA = 1007;
    public static final int POLICY = 1008;
    public static final int TOO_BIG = 1009;
    public static final int INTERNAL_ERROR = 1011;
    /** "Bad Gateway" in IANA's registry of close codes: the server behind this one failed. */
    public static final int BAD_GATEWAY = 1014;
    /** Close codes that must never be sent in a close frame (RFC 6455 section 7.4.1). */
    private static final int NO_STATUS = 1005;
    private static final int ABNORMAL = 1006;
    private static final int TLS_FAILURE = 1015;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    /** What a connection's owner does with its messages. Called on the connection's reader thread. */
    public interface Listener {
        /** Once, before the first message: the connection is open and may be sent to. */
        default void onOpen(WebSocketSession session) {
        }

        void onText(WebSocketSession session, String text);

        /** Once, when the connection has ended: the code and reason the other side sent (1006 when none came). */
        default void onClosed(WebSocketSession session, int code, String reason) {
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final int maxMessage;
    private final String remoteIp;
    private Listener listener;
    private boolean closeSent;
    private volatile boolean ended;

    WebSocketSession(Socket socket, InputStream in, int maxMessage) throws IOException {
        this.socket = socket;
        this.in = in;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        this.maxMessage = maxMessage;
        this.remoteIp = socket.getInetAddress().getHostAddress();
    }

    /** The client's IP address as the socket sees it. */
    public String remoteIp() {
        return remoteIp;
    }

    public boolean isOpen() {
        synchronized (this) {
            return !closeSent && !ended;
        }
    }

    /** Sends a text message; false when the connection is closing or gone (nothing is sent then). */
    public boolean send(String text) {
        synchronized (this) {
            if (closeSent || ended) {
                return false;
            }
            try {
                WsFrames.write(out, WsFrames.TEXT, text.getBytes(StandardCharsets.UTF_8));
                return true;
            } catch (IOException e) {
                end();
                return false;
            }
        }
    }

    /**
     * Starts the closing handshake with {@code code} and {@code reason} (cut to the 123 bytes a close frame holds);
     * the socket is closed when the client answers, or after two seconds. Codes that may not be sent become 1011.
     */
    public void close(int code, String reason) {
        synchronized (this) {
            if (closeSent || ended) {
                return;
            }
            closeSent = true;
            int c = code == NO_STATUS || code == ABNORMAL || code == TLS_FAILURE || code < 1000 || code > 4999
                    ? INTERNAL_ERROR : code;
            byte[] r = cut(reason == null ? "" : reason);
            byte[] payload = new byte[2 + r.length];
            payload[0] = (byte) (c >>> 8);
            payload[1] = (byte) c;
            System.arraycopy(r, 0, payload, 2, r.length);
            try {
                WsFrames.write(out, WsFrames.CLOSE, payload);
                socket.setSoTimeout((int) CLOSE_WAIT.toMillis());
            } catch (IOException e) {
                end();
            }
        }
    }

    /** Reads until the connection ends; the server calls this on the connection's own thread. */
    void run(Listener l) {
        this.listener = l;
        int code = ABNORMAL;
        String reason = "";
        try {
            l.onOpen(this);
            ByteArrayOutputStream message = null;
            while (true) {
                WsFrames.Frame f = WsFrames.read(in, maxMessage);
                if (f.isControl()) {
                    if (f.opcode() == WsFrames.CLOSE) {
                        code = closeCode(f.payload());
                        reason = f.payload().length > 2 ? utf8(Arrays.copyOfRange(f.payload(), 2,
                                f.payload().length)) : "";
                        close(code == NO_STATUS ? NORMAL : code, "");
                        break;
                    }
                    if (f.opcode() == WsFrames.PING) {
                        pong(f.payload());
                    }
                    continue;
                }
                if (f.opcode() == WsFrames.BINARY) {
                    throw new WsFrames.Violation(UNSUPPORTED, "binary messages are not accepted");
                }
                if (f.opcode() == WsFrames.TEXT && message != null || f.opcode() == WsFrames.CONTINUATION
                        && message == null) {
                    throw new WsFrames.Violation(PROTOCOL_ERROR, "fragments out of order");
                }
                if (message == null) {
                    message = new ByteArrayOutputStream();
                }
                if (message.size() + f.payload().length > maxMessage) {
                    throw new WsFrames.Violation(TOO_BIG, "message larger than " + maxMessage + " bytes");
                }
                message.write(f.payload());
                if (f.fin()) {
                    byte[] bytes = message.toByteArray();
                    message = null;
                    if (isOpen()) {
                        l.onText(this, utf8(bytes));
                    }
                }
            }
        } catch (WsFrames.Violation v) {
            close(v.code(), v.getMessage());
            code = v.code();
            reason = v.getMessage();
        } catch (SocketTimeoutException e) {
            // the client did not answer our close frame in time
        } catch (IOException | RuntimeException e) {
            // the connection broke, or the listener failed: the socket is closed below
        } finally {
            end();
            l.onClosed(this, code, reason);
        }
    }

    private void pong(byte[] payload) {
        synchronized (this) {
            if (!closeSent && !ended) {
                try {
                    WsFrames.write(out, WsFrames.PONG, payload);
                } catch (IOException e) {
                    end();
                }
            }
        }
    }

    private void end() {
        ended = true;
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static int closeCode(byte[] payload) throws WsFrames.Violation {
        if (payload.length == 0) {
            return NO_STATUS;
        }
        if (payload.length == 1) {
            throw new WsFrames.Violation(PROTOCOL_ERROR, "a close frame's code needs two bytes");
        }
        return (payload[0] & 0xff) << 8 | payload[1] & 0xff;
    }

    private static String utf8(byte[] bytes) throws WsFrames.Violation {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WsFrames.Violation(BAD_DATA, "text that is not UTF-8");
        }
    }

    private static byte[] cut(String reason) {
        byte[] r = reason.getBytes(StandardCharsets.UTF_8);
        if (r.length <= 123) {
            return r;
        }
        int n = 123;
        while (n > 0 && (r[n] & 0xC0) == 0x80) {
            n--;
        }
        return Arrays.copyOf(r, n);
    }

    @Override
    public String toString() {
        return "WebSocketSession[" + remoteIp + (isOpen() ? "" : ", closed") + "]";
    }
}
