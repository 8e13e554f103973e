package org.keysmith.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A bot's side of OKX's private WebSocket, on OkHttp's client and its own HMAC (shares nothing with Keysmith's
 * signing): connects, logs in, sends ops and collects every text message and the close code (tests only).
 */
public final class WsBot implements AutoCloseable {
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().build();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final CompletableFuture<Response> opened = new CompletableFuture<>();
    private volatile String closeReason = "";
    private final WebSocket socket;

    private WsBot(String url, boolean demo) {
        this(HTTP, url, demo);
    }

    private WsBot(OkHttpClient http, String url, boolean demo) {
        Request.Builder r = new Request.Builder().url(url);
        if (demo) {
            r.header("x-simulated-trading", "1");
        }
        socket = http.newWebSocket(r.build(), new WebSocketListener() {
            @Override
            public void onOpen(WebSocket ws, Response response) {
                opened.complete(response);
            }

            @Override
            public void onMessage(WebSocket ws, String text) {
                synchronized (all) {
                    all.add(text);
                }
                received.add(text);
            }

            @Override
            public void onClosing(WebSocket ws, int code, String reason) {
                closeReason = reason;
                ws.close(1000, null);
                closed.complete(code);
            }

            @Override
            public void onFailure(WebSocket ws, Throwable t, Response response) {
                opened.completeExceptionally(t);
                closed.complete(-1);
            }
        });
    }

    public static WsBot connect(String url) throws Exception {
        return connect(url, false);
    }

    public static WsBot connect(String url, boolean demo) throws Exception {
        WsBot b = new WsBot(url, demo);
        b.opened.get(5, TimeUnit.SECONDS);
        return b;
    }

    /** Over TLS that trusts {@code trust} (a test certificate). */
    public static WsBot connect(String url, SSLContext tls, X509TrustManager trust) throws Exception {
        WsBot b = new WsBot(HTTP.newBuilder().sslSocketFactory(tls.getSocketFactory(), trust).build(), url, false);
        b.opened.get(5, TimeUnit.SECONDS);
        return b;
    }

    /** The login op signed with {@code secret} at {@code at} (Unix seconds). */
    public static String loginOp(String apiKey, String secret, String passphrase, Instant at) throws Exception {
        String ts = String.valueOf(at.getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = Base64.getEncoder().encodeToString(mac.doFinal((ts + "GET/users/self/verify")
                .getBytes(StandardCharsets.UTF_8)));
        return "{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + apiKey + "\",\"passphrase\":\"" + passphrase
                + "\",\"timestamp\":\"" + ts + "\",\"sign\":\"" + sign + "\"}]}";
    }

    /** Logs in and returns the answer. */
    public String login(String apiKey, String secret, String passphrase) throws Exception {
        send(loginOp(apiKey, secret, passphrase, Instant.now()));
        return next(m -> m.contains("\"event\":\"login\"") || m.contains("\"event\":\"error\""));
    }

    public void send(String text) {
        socket.send(text);
    }

    /** The next message that matches (earlier ones that do not are dropped), within 5 s. */
    public String next(Predicate<String> match) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            String m = received.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError("no matching message within 5 s; received " + all());
            }
            if (match.test(m)) {
                return m;
            }
        }
    }

    /** The next message whatever it is, or null after {@code wait}. */
    public String poll(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every text message received so far. */
    public List<String> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** The close code the server sent (-1 when the connection failed without one), within 5 s. */
    public int closeCode() throws Exception {
        return closed.get(5, TimeUnit.SECONDS);
    }

    public String closeReason() {
        return closeReason;
    }

    @Override
    public void close() {
        socket.close(1000, null);
    }
}
