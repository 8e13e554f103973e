package org.keysmith.okx.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;

/**
 * A small WebSocket server (RFC 6455) beside the JDK's HTTP server, which cannot upgrade a connection: one
 * listening socket (plain, or TLS when given an {@code SSLServerSocketFactory}), one thread per connection, at most
 * {@code maxConnections} at a time, a handshake read within ten seconds and at most 8 KiB, messages of at most
 * {@code maxMessage} bytes. Used by the Sandbox's private channel and the relay (ADR 0083).
 */
public final class WebSocketServer implements AutoCloseable {
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Endpoint endpoint;
    private final int maxConnections;
    private final int maxMessage;
    private final boolean loopbackHostOnly;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
    private final String name;

    /** Decides what to do with a handshake: a listener for the new connection, or a refusal. */
    public interface Endpoint {
        /**
         * Called before the handshake is answered. Throw {@link Refusal} to answer with an HTTP error instead;
         * otherwise the returned listener gets the connection's messages.
         */
        WebSocketSession.Listener accept(WsHandshake.Request request) throws Refusal;
    }

    /** An HTTP answer instead of the upgrade. */
    public static final class Refusal extends Exception {
        private final int status;

        public Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private WebSocketServer(ServerSocket listener, Endpoint endpoint, int maxConnections, int maxMessage,
                            boolean loopbackHostOnly, String name) {
        this.listener = listener;
        this.endpoint = endpoint;
        this.maxConnections = maxConnections;
        this.maxMessage = maxMessage;
        this.loopbackHostOnly = loopbackHostOnly;
        this.name = name;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts listening on {@code address}. With {@code loopbackHostOnly} the handshake's Host header must name this
     * computer and port ({@link LoopbackHost}, against DNS rebinding).
     */
    public static WebSocketServer start(InetSocketAddress address, ServerSocketFactory sockets, Endpoint endpoint,
                                        int maxConnections, int maxMessage, boolean loopbackHostOnly, String name)
            throws IOException {
        ServerSocket s = sockets.createServerSocket();
        try {
            s.setReuseAddress(true);
            s.bind(address, 64);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        WebSocketServer server = new WebSocketServer(s, endpoint, maxConnections, maxMessage, loopbackHostOnly, name);
        server.threads.execute(server::acceptLoop);
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections open now. */
    public int connections() {
        return open.size();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket s;
            try {
                s = listener.accept();
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
                continue;
            }
            if (open.size() >= maxConnections) {
                threads.execute(() -> refuseAndClose(s, new Refusal(503, "Too many connections")));
                continue;
            }
            open.add(s);
            threads.execute(() -> serve(s));
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            s.setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
            InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
            WsHandshake.Request request;
            WebSocketSession.Listener l;
            try {
                request = WsHandshake.read(in, s.getInetAddress().getHostAddress());
                if (loopbackHostOnly && !LoopbackHost.isThisServer(request.header("Host"), s.getLocalPort())) {
                    throw new Refusal(403, "Host not allowed");
                }
                l = endpoint.accept(request);
            } catch (Refusal r) {
                refuse(s, r);
                return;
            }
            OutputStream out = s.getOutputStream();
            out.write(WsHandshake.accepted(request.key()).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.setSoTimeout(0);
            WebSocketSession session = new WebSocketSession(s, in, maxMessage);
            sessions.add(session);
            try {
                session.run(l);
            } finally {
                sessions.remove(session);
            }
        } catch (IOException | RuntimeException e) {
            // a broken handshake or connection: nothing to answer
        } finally {
            open.remove(s);
        }
    }

    private static void refuseAndClose(Socket s, Refusal r) {
        try (s) {
            s.setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
            refuse(s, r);
        } catch (IOException e) {
            // gone
        }
    }

    private static void refuse(Socket s, Refusal r) throws IOException {
        byte[] body = (r.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + r.status() + " " + reasonPhrase(r.status()) + "\r\nContent-Type: text/plain; "
                + "charset=utf-8\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 426 -> "Upgrade Required";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        for (WebSocketSession s : sessions) {
            s.close(WebSocketSession.GOING_AWAY, "server stopping");
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "WebSocketServer[" + name + " on " + address() + "]";
    }
}
