package org.keysmith.okx;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.keysmith.domain.Environment;

/**
 * Sends one signed (or public) request and returns the answer's data rows. Signs exactly the path, query and
 * body bytes that go on the wire. Logs method, path, status, OKX code and duration, never headers or bodies.
 */
final class OkxTransport {
    private static final System.Logger LOG = System.getLogger(OkxTransport.class.getName());
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http;
    private final OkHttpClient writes;
    private final OkxResponseReader reader;
    private final RequestSigner signer = new RequestSigner();
    private final String userAgent;

    OkxTransport(OkHttpClient http, OkxResponseReader reader, String userAgent) {
        this.http = http;
        // Writes get a fresh connection each time: a kept-alive socket the server has quietly closed would turn a
        // create that never left into "answer lost". Writes are at most one per second, so the handshake is cheap.
        this.writes = http.newBuilder().connectionPool(new okhttp3.ConnectionPool(0, 1, java.util.concurrent.TimeUnit.SECONDS))
                .build();
        this.reader = reader;
        this.userAgent = userAgent;
    }

    <T> List<T> send(String baseUrl, Environment env, ServerClock clock, OkxCall<T> call) throws OkxException {
        HttpUrl url = url(baseUrl, call);
        SendTracker.State sent = new SendTracker.State();
        Request request = request(url, env, clock, call).tag(SendTracker.State.class, sent).build();
        long start = System.nanoTime();
        OkHttpClient client = call.endpoint().write() ? writes : http;
        try (Response response = client.newCall(request).execute()) {
            OkxResponseReader.Answer<T> answer = reader.read(response, call.rowType());
            log(call, response.code(), answer.code(), start);
            return answer.rows();
        } catch (OkxException e) {
            log(call, e.httpStatus(), e.code(), start);
            throw e;
        } catch (IOException e) {
            log(call, 0, e.getClass().getSimpleName(), start);
            throw TransportFailures.of(e, url.host(), sent.sent());
        }
    }

    private <T> Request.Builder request(HttpUrl url, Environment env, ServerClock clock, OkxCall<T> call) {
        Request.Builder b = new Request.Builder().url(url).header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (env == Environment.DEMO) {
            b.header("x-simulated-trading", "1");
        }
        String method = call.endpoint().method();
        if (call.body() != null) {
            b.method(method, RequestBody.create(call.body(), JSON));
        } else {
            b.method(method, null);
        }
        if (call.signer() != null) {
            String ts = RequestSigner.timestamp(clock.now());
            String pathAndQuery = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
            b.header("OK-ACCESS-KEY", call.signer().apiKey())
                    .header("OK-ACCESS-SIGN", signer.sign(call.signer().secretKey(), ts, method, pathAndQuery, call.body()))
                    .header("OK-ACCESS-TIMESTAMP", ts)
                    .header("OK-ACCESS-PASSPHRASE", call.signer().passphrase().exposeAsString());
        }
        return b;
    }

    private static HttpUrl url(String baseUrl, OkxCall<?> call) throws OkxException {
        HttpUrl url = HttpUrl.parse(stripSlash(baseUrl) + call.pathAndQuery());
        if (url == null) {
            throw new OkxException(OkxException.Kind.TRANSPORT, 0, null, null, "\"" + baseUrl + "\" is not a valid "
                    + "URL. Enter it like https://www.okx.com or http://127.0.0.1:8765.", null);
        }
        if (call.signer() != null) {
            requireSafeScheme(url);
        }
        return url;
    }

    /** Signed requests carry the passphrase in a header: https only, or plain http to this computer. */
    static void requireSafeScheme(String baseUrl) throws OkxException {
        HttpUrl url = HttpUrl.parse(stripSlash(baseUrl) + "/");
        if (url != null) {
            requireSafeScheme(url);
        }
    }

    private static void requireSafeScheme(HttpUrl url) throws OkxException {
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new OkxException(OkxException.Kind.TRANSPORT, 0, null, null, "Keysmith only sends API keys over "
                    + "https:// (plain http:// would expose the passphrase on the network); plain http:// is allowed "
                    + "only to this computer (127.0.0.1). Change the connection's URL.", null);
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static void log(OkxCall<?> call, int status, String code, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        LOG.log(Level.INFO, "{0} {1} -> HTTP {2}, code {3}, {4} ms", call.endpoint().method(), call.endpoint().path(),
                status, code == null ? "-" : code, ms);
    }
}
