package org.keysmith.okx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.okx.server.WsLoginCheck;

/**
 * Opens WebSocket connections to OKX (or the Sandbox) for the relay, on OkHttp's client (ADR 0057), and builds the
 * {@code login} op signed with a real key. Keys go only to {@code wss://}, or {@code ws://} to this computer (the
 * rule of {@link SafeUrls}). OkHttp sends no pings of its own here: the bot's pings pass through, so OKX sees the
 * bot's own liveness. Nothing here logs a frame.
 */
public final class OkxSocketDialer implements AutoCloseable {
    private final OkHttpClient http;

    /** What happens on one upstream connection; called on OkHttp's reader thread. */
    public interface Handler {
        void opened();

        void text(String text);

        /**
         * Once, when the connection has ended: {@code code} and {@code reason} from the exchange's close frame, or
         * -1 when the connection failed or dropped without one.
         */
        void ended(int code, String reason);
    }

    /** An open (or opening) upstream connection. */
    public interface Socket {
        /** Queues a text frame; false when the connection is closing or gone. */
        boolean send(String text);

        void close(int code, String reason);
    }

    public OkxSocketDialer(Duration connectTimeout) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    /**
     * OKX's private WebSocket for a REST base and environment (https://www.okx.com/docs-v5/en/#overview-production-
     * trading-services): {@code wss://ws.okx.com:8443/ws/v5/private} (demo {@code wspap}) for the global hosts,
     * {@code wseea}/{@code wseeapap} for EEA, {@code wsus}/{@code wsuspap} for the US. Empty for any other host.
     */
    public static Optional<String> privateUrlFor(String restBase, Environment env) {
        HttpUrl u = SafeUrls.parse(restBase);
        if (u == null || !u.isHttps()) {
            return Optional.empty();
        }
        boolean demo = env == Environment.DEMO;
        String host = switch (u.host().toLowerCase(Locale.ROOT)) {
            case "www.okx.com", "okx.com", "openapi.okx.com", "aws.okx.com" -> demo ? "wspap.okx.com" : "ws.okx.com";
            case "eea.okx.com", "my.okx.com" -> demo ? "wseeapap.okx.com" : "wseea.okx.com";
            case "us.okx.com", "app.okx.com" -> demo ? "wsuspap.okx.com" : "wsus.okx.com";
            default -> null;
        };
        return host == null ? Optional.empty() : Optional.of("wss://" + host + ":8443/ws/v5/private");
    }

    /** True when a key may be sent to {@code url}: {@code wss://}, or {@code ws://} to this computer. */
    public static boolean allowsSecrets(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        // the rule of SafeUrls, read on the http(s) form of the URL (OkHttp's HttpUrl knows no ws schemes)
        return lower.startsWith("wss://") ? SafeUrls.allowsSecrets("https://" + u.substring(6))
                : lower.startsWith("ws://") && SafeUrls.isLoopback("http://" + u.substring(5));
    }

    /**
     * Connects to {@code url} (a demo key's connection carries {@code x-simulated-trading: 1}, as the Sandbox expects;
     * OKX's demo hosts ignore it).
     */
    public Socket open(String url, Environment env, Handler h) {
        Request.Builder b = new Request.Builder().url(url);
        if (env == Environment.DEMO) {
            b.header("x-simulated-trading", "1");
        }
        AtomicBoolean ended = new AtomicBoolean();
        WebSocket ws = http.newWebSocket(b.build(), new WebSocketListener() {
            @Override
            public void onOpen(WebSocket socket, Response response) {
                h.opened();
            }

            @Override
            public void onMessage(WebSocket socket, String text) {
                h.text(text);
            }

            @Override
            public void onClosing(WebSocket socket, int code, String reason) {
                socket.close(code == 1005 ? 1000 : code, null);
                if (ended.compareAndSet(false, true)) {
                    h.ended(code, reason);
                }
            }

            @Override
            public void onClosed(WebSocket socket, int code, String reason) {
                if (ended.compareAndSet(false, true)) {
                    h.ended(code, reason);
                }
            }

            @Override
            public void onFailure(WebSocket socket, Throwable t, Response response) {
                if (ended.compareAndSet(false, true)) {
                    h.ended(-1, "");
                }
            }
        });
        return new Socket() {
            @Override
            public boolean send(String text) {
                return ws.send(text);
            }

            @Override
            public void close(int code, String reason) {
                if (!ws.close(code, reason)) {
                    ws.cancel();
                }
            }
        };
    }

    /**
     * The login op for {@code key} at OKX's time {@code serverNow} (Unix seconds): {@code {"op":"login","args":[{
     * "apiKey","passphrase","timestamp","sign"}]}}. The text carries the passphrase: OkHttp sends text frames from
     * a String only, so it exists as one for the moment it takes to send (ADR 0084).
     */
    public static String loginOp(ApiCredentials key, Instant serverNow) {
        String ts = String.valueOf(serverNow.getEpochSecond());
        String sign = new WsLoginCheck().sign(key.secretKey(), ts);
        StringWriter out = new StringWriter(256);
        char[] pass = key.passphrase().chars();
        try (JsonGenerator g = json().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("op", "login");
            g.writeArrayFieldStart("args");
            g.writeStartObject();
            g.writeStringField("apiKey", key.apiKey());
            g.writeFieldName("passphrase");
            g.writeString(pass, 0, pass.length);
            g.writeStringField("timestamp", ts);
            g.writeStringField("sign", sign);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("the login op could not be written", e);
        } finally {
            Arrays.fill(pass, '\0');
        }
        return out.toString();
    }

    private static JsonFactory json() {
        return OkxJson.newMapper().getFactory();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
