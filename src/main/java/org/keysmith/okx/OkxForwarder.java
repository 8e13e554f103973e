package org.keysmith.okx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;

/**
 * Sends a request a bot made, re-signed with the real key, to the exchange, and hands back the exchange's answer
 * as it came: status, headers and an unread body stream (the relay, docs/relay.md). The method, path, query and
 * body bytes are the caller's, unchanged; what is signed is exactly what goes on the wire ({@link
 * OkxTransport#signedPath}). Never retries anything: OkHttp's silent retry is off, redirects are not followed, and a
 * failure says whether the request had started to leave ({@link Failure#sent()}), because an order that left may
 * have been carried out.
 */
public final class OkxForwarder implements AutoCloseable {
    /** Headers the forwarder sets itself; a caller's copies are dropped. */
    private static final Set<String> OWN = Set.of("ok-access-key", "ok-access-sign", "ok-access-timestamp",
            "ok-access-passphrase", "x-simulated-trading", "host", "content-length");
    private final OkHttpClient http;
    private final RequestSigner signer = new RequestSigner();

    /** One name and value of a header, in the order sent or received. */
    public record Header(String name, String value) {
    }

    /** What the bot sent: method, path with its raw query, body bytes, and the end-to-end headers to pass on. */
    public record Outgoing(String method, String pathAndQuery, byte[] body, List<Header> headers) {
        @Override
        public String toString() {
            return "Outgoing[" + method + " " + pathAndQuery + ", " + (body == null ? 0 : body.length) + " bytes]";
        }
    }

    /** The exchange's answer; the caller reads the body and closes it. */
    public static final class Answer implements AutoCloseable {
        private final Response response;

        private Answer(Response response) {
            this.response = response;
        }

        public int status() {
            return response.code();
        }

        public List<Header> headers() {
            List<Header> out = new ArrayList<>();
            response.headers().forEach(p -> out.add(new Header(p.getFirst(), p.getSecond())));
            return out;
        }

        /** The body's length in bytes, or -1 when the exchange did not say. */
        public long contentLength() {
            return response.body() == null ? 0 : response.body().contentLength();
        }

        public InputStream body() {
            return response.body() == null ? InputStream.nullInputStream() : response.body().byteStream();
        }

        @Override
        public void close() {
            response.close();
        }
    }

    /** The request could not be completed; {@link #sent()} says whether it had started to leave. */
    public static final class Failure extends Exception {
        private final boolean sent;
        private final boolean timeout;

        Failure(String message, boolean sent, boolean timeout, Throwable cause) {
            super(message, cause, false, false);
            this.sent = sent;
            this.timeout = timeout;
        }

        public boolean sent() {
            return sent;
        }

        public boolean timeout() {
            return timeout;
        }
    }

    /** Connect and read timeouts as given; a connection pool sized for one bot's steady stream of requests. */
    public OkxForwarder(Duration connectTimeout, Duration readTimeout) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .eventListenerFactory(SendTracker.FACTORY)
                .build();
        http.dispatcher().setMaxRequestsPerHost(64);
    }

    /**
     * Sends {@code o} to {@code baseUrl}. With {@code key}, the request is signed with it at {@code signTime} and
     * goes only where {@link SafeUrls} lets a key go; without, it is sent unsigned (public endpoints).
     */
    public Answer send(String baseUrl, Environment env, ApiCredentials key, Instant signTime, Outgoing o)
            throws Failure {
        HttpUrl base = SafeUrls.parse(baseUrl);
        if (base == null) {
            throw new Failure("the upstream URL is not valid", false, false, null);
        }
        if (key != null && !SafeUrls.allowsSecrets(base)) {
            throw new Failure("keys are sent over https only (or plain http to this computer)", false, false, null);
        }
        HttpUrl url = HttpUrl.parse(base.toString().replaceFirst("/$", "") + o.pathAndQuery());
        if (url == null) {
            throw new Failure("the request's path is not valid", false, false, null);
        }
        Request.Builder b = new Request.Builder().url(url);
        boolean acceptEncoding = false;
        for (Header h : o.headers()) {
            String n = h.name().toLowerCase(Locale.ROOT);
            if (!OWN.contains(n)) {
                b.addHeader(h.name(), h.value());
                acceptEncoding |= n.equals("accept-encoding");
            }
        }
        if (!acceptEncoding) {
            // Otherwise OkHttp asks for gzip and unpacks it: the bot gets the bytes as the exchange would send them.
            b.header("Accept-Encoding", "identity");
        }
        if (env == Environment.DEMO) {
            b.header("x-simulated-trading", "1");
        }
        byte[] body = o.body() == null ? new byte[0] : o.body();
        boolean hasBody = !"GET".equals(o.method()) && !"HEAD".equals(o.method());
        // No media type: OkHttp then sends the bot's own Content-Type header unchanged (no charset added).
        b.method(o.method(), hasBody ? RequestBody.create(body, null) : null);
        if (key != null) {
            String ts = RequestSigner.timestamp(signTime);
            String path = OkxTransport.signedPath(base, url);
            b.header("OK-ACCESS-KEY", key.apiKey())
                    .header("OK-ACCESS-SIGN", signer.sign(key.secretKey(), ts, o.method(), path,
                            hasBody ? body : null))
                    .header("OK-ACCESS-TIMESTAMP", ts)
                    .header("OK-ACCESS-PASSPHRASE", key.passphrase().exposeAsString());
        }
        SendTracker.State sent = new SendTracker.State();
        b.tag(SendTracker.State.class, sent);
        try {
            return new Answer(http.newCall(b.build()).execute());
        } catch (IOException e) {
            boolean timeout = e instanceof InterruptedIOException;
            throw new Failure(url.host() + (sent.sent() ? " did not answer (" : " could not be reached (")
                    + e.getClass().getSimpleName() + ")", sent.sent(), timeout, null);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
