package org.keysmith.okx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RFC 6455 server over raw sockets: handshake, masking, fragments, control frames, limits, closing. */
class WebSocketServerTest {
    private static final int MAX = 1024;
    private final BlockingQueue<String> closes = new LinkedBlockingQueue<>();
    private WebSocketServer server;

    @BeforeEach
    void echoServer() throws IOException {
        server = WebSocketServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ServerSocketFactory.getDefault(), request -> {
                    if (!request.path().equals("/echo")) {
                        throw new WebSocketServer.Refusal(404, "no");
                    }
                    return new WebSocketSession.Listener() {
                        @Override
                        public void onText(WebSocketSession s, String text) {
                            s.send(text.equals("bye") ? "" : "echo:" + text);
                            if (text.equals("bye")) {
                                s.close(4001, "asked to");
                            }
                        }

                        @Override
                        public void onClosed(WebSocketSession s, int code, String reason) {
                            closes.add(code + " " + reason);
                        }
                    };
                }, 4, MAX, true, "test-ws");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theAcceptKeyIsTheRfcsExample() {
        assertThat(WsHandshake.accept("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    @Test
    void fragmentedMaskedTextIsJoinedAndPingsAreAnswered() throws Exception {
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            assertThat(c.status).isEqualTo(101);
            c.frame(false, 0x1, "hel".getBytes(StandardCharsets.UTF_8), true);
            c.frame(true, 0x9, "p1".getBytes(StandardCharsets.UTF_8), true);
            c.frame(true, 0x0, "lo".getBytes(StandardCharsets.UTF_8), true);
            Raw.Frame pong = c.read();
            assertThat(pong.opcode).isEqualTo(0xA);
            assertThat(new String(pong.payload, StandardCharsets.UTF_8)).isEqualTo("p1");
            Raw.Frame echo = c.read();
            assertThat(echo.opcode).isEqualTo(0x1);
            assertThat(new String(echo.payload, StandardCharsets.UTF_8)).isEqualTo("echo:hello");
            byte[] big = new byte[300];
            Arrays.fill(big, (byte) 'a');
            c.frame(true, 0x1, big, true);
            assertThat(c.read().payload.length).isEqualTo(305);
        }
    }

    @Test
    void anUnmaskedFrameIsAProtocolError() throws Exception {
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            c.frame(true, 0x1, "x".getBytes(StandardCharsets.UTF_8), false);
            assertThat(c.read().closeCode()).isEqualTo(1002);
        }
    }

    @Test
    void aMessageOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            c.frame(false, 0x1, new byte[MAX - 10], true);
            c.frame(true, 0x0, new byte[20], true);
            assertThat(c.read().closeCode()).isEqualTo(1009);
        }
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            c.header(true, 0x1, 1L << 40);
            assertThat(c.read().closeCode()).isEqualTo(1009);
        }
    }

    @Test
    void textThatIsNotUtf8AndBinaryMessagesAreRefused() throws Exception {
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            c.frame(true, 0x1, new byte[] {(byte) 0xC3, (byte) 0x28}, true);
            assertThat(c.read().closeCode()).isEqualTo(1007);
        }
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            c.frame(true, 0x2, new byte[] {1, 2}, true);
            assertThat(c.read().closeCode()).isEqualTo(1003);
        }
    }

    @Test
    void theClosingHandshakeRunsBothWays() throws Exception {
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            c.frame(true, 0x1, "bye".getBytes(StandardCharsets.UTF_8), true);
            assertThat(c.read().opcode).isEqualTo(0x1);
            Raw.Frame close = c.read();
            assertThat(close.closeCode()).isEqualTo(4001);
            assertThat(new String(close.payload, 2, close.payload.length - 2, StandardCharsets.UTF_8))
                    .isEqualTo("asked to");
            c.frame(true, 0x8, new byte[] {0x0F, (byte) 0xA1}, true);
            assertThat(c.in.read()).as("socket closed after the answer").isEqualTo(-1);
        }
        try (Raw c = Raw.open(server, "/echo", "127.0.0.1:" + server.port())) {
            c.frame(true, 0x8, new byte[] {0x03, (byte) 0xE8, 'o', 'k'}, true);
            assertThat(c.read().closeCode()).isEqualTo(1000);
            assertThat(closes.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(closes.poll(5, TimeUnit.SECONDS)).isEqualTo("1000 ok");
        }
    }

    @Test
    void badHandshakesGetHttpErrors() throws Exception {
        try (Raw c = Raw.open(server, "/other", "127.0.0.1:" + server.port())) {
            assertThat(c.status).isEqualTo(404);
        }
        try (Raw c = Raw.open(server, "/echo", "evil.example:" + server.port())) {
            assertThat(c.status).as("DNS rebinding").isEqualTo(403);
        }
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.getOutputStream().write(("GET /echo HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(Raw.statusOf(s.getInputStream())).isEqualTo(426);
        }
    }

    /** A raw client: writes the handshake and frames byte by byte, reads the server's frames. */
    static final class Raw implements AutoCloseable {
        final Socket socket;
        final DataInputStream in;
        final OutputStream out;
        int status;

        record Frame(int opcode, byte[] payload) {
            int closeCode() {
                assertThat(opcode).as("a close frame").isEqualTo(0x8);
                return (payload[0] & 0xff) << 8 | payload[1] & 0xff;
            }
        }

        private Raw(Socket s) throws IOException {
            this.socket = s;
            s.setSoTimeout(5000);
            this.in = new DataInputStream(s.getInputStream());
            this.out = s.getOutputStream();
        }

        static Raw open(WebSocketServer server, String path, String host) throws IOException {
            Raw r = new Raw(new Socket(InetAddress.getLoopbackAddress(), server.port()));
            String key = Base64.getEncoder().encodeToString(new byte[16]);
            r.out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: "
                    + "keep-alive, Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            r.status = statusOf(r.in);
            return r;
        }

        static int statusOf(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            while (last4 != 0x0D0A0D0A) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                head.write(c);
                last4 = last4 << 8 | c;
            }
            return Integer.parseInt(head.toString(StandardCharsets.US_ASCII).split(" ")[1]);
        }

        void frame(boolean fin, int opcode, byte[] payload, boolean masked) throws IOException {
            header(fin, opcode, payload.length, masked);
            byte[] mask = {1, 2, 3, 4};
            if (masked) {
                out.write(mask);
            }
            byte[] p = payload.clone();
            for (int i = 0; masked && i < p.length; i++) {
                p[i] ^= mask[i & 3];
            }
            out.write(p);
            out.flush();
        }

        void header(boolean fin, int opcode, long len) throws IOException {
            header(fin, opcode, len, true);
            out.flush();
        }

        private void header(boolean fin, int opcode, long len, boolean masked) throws IOException {
            out.write((fin ? 0x80 : 0) | opcode);
            int m = masked ? 0x80 : 0;
            if (len < 126) {
                out.write(m | (int) len);
            } else if (len < 65536) {
                out.write(m | 126);
                out.write((int) (len >>> 8));
                out.write((int) len);
            } else {
                out.write(m | 127);
                for (int i = 7; i >= 0; i--) {
                    out.write((int) (len >>> (8 * i)));
                }
            }
        }

        Frame read() throws IOException {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            assertThat(b1 & 0x80).as("server frames are not masked").isZero();
            long len = b1 & 0x7F;
            if (len == 126) {
                len = in.readUnsignedShort();
            } else if (len == 127) {
                len = in.readLong();
            }
            byte[] p = new byte[(int) len];
            in.readFully(p);
            return new Frame(b0 & 0x0F, p);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
