package org.keysmith.okx;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.keysmith.domain.Environment;

/**
 * Sends one signed (or public) request and returns the answer's data rows. Signs exactly the query and body bytes
 * that go on the wire, and the path from {@code /api/v5/}: a custom base URL's own path (a proxy's prefix such as
 * {@code https://proxy.example/okx}) is not part of OKX's requestPath. {@link CallRunner} has checked that a signed
 * request's URL is one {@link SafeUrls} allows. Each request is logged at DEBUG (off unless asked for, see
 * logging.properties): method,
 * path, status, OKX code and duration, never headers or bodies.
 */
final class OkxTransport {
    private static final System.Logger LOG = System.getLogger(OkxTransport.class.getName());
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http;
    private final OkHttpClient writes;
    private final OkxResponseReader reader;
    private final RequestSigner signer = new RequestSigner();
    private final String userAgent;
    /** The last base URL parsed: one client talks to one base URL, so each request skips the parse and the regex. */
    private volatile Base lastBase;

    OkxTransport(OkHttpClient http, OkxResponseReader reader, String userAgent) {
        this.http = http;
        // Writes get a fresh connection each time: a kept-alive socket the server has quietly closed would turn a
        // create that never left into "answer lost". Writes are at most one per second, so the handshake is cheap.
        this.writes = http.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
        this.reader = reader;
        this.userAgent = userAgent;
    }

    <T> List<T> send(String baseUrl, Environment env, ServerClock clock, OkxCall<T> call) throws OkxException {
        Base base = parsed(baseUrl);
        HttpUrl url = HttpUrl.get(base.withoutSlash() + call.pathAndQuery());
        SendTracker.State sent = new SendTracker.State();
        Request request = request(url, signedPath(base.pathPrefix(), url), env, clock, call)
                .tag(SendTracker.State.class, sent).build();
        long start = LOG.isLoggable(Level.DEBUG) ? System.nanoTime() : 0;
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

    private <T> Request.Builder request(HttpUrl url, String signedPath, Environment env, ServerClock clock,
                                        OkxCall<T> call) {
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
            b.header("OK-ACCESS-KEY", call.signer().apiKey())
                    .header("OK-ACCESS-SIGN", signer.sign(call.signer().secretKey(), ts, method, signedPath,
                            call.body()))
                    .header("OK-ACCESS-TIMESTAMP", ts)
                    .header("OK-ACCESS-PASSPHRASE", call.signer().passphrase().exposeAsString());
        }
        return b;
    }

    private Base parsed(String baseUrl) throws OkxException {
        Base last = lastBase;
        if (last != null && last.given().equals(baseUrl)) {
            return last;
        }
        HttpUrl url = base(baseUrl);
        Base fresh = new Base(baseUrl, withoutTrailingSlash(url.toString()), withoutTrailingSlash(url.encodedPath()));
        lastBase = fresh;
        return fresh;
    }

    /** A parsed base URL: as given, as text without its trailing slash, and its own path prefix (no slash). */
    private record Base(String given, String withoutSlash, String pathPrefix) {
    }

    private static String withoutTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The base URL as an {@link HttpUrl}, or the message that it is not a valid one. */
    static HttpUrl base(String baseUrl) throws OkxException {
        HttpUrl base = SafeUrls.parse(baseUrl);
        if (base == null) {
            throw OkxException.transport("\"" + baseUrl + "\" is not a valid URL. Enter it like "
                    + "https://www.okx.com or http://127.0.0.1:8765.", null);
        }
        return base;
    }

    /** OKX's requestPath: the path from /api/v5 (without the base URL's own prefix) and the query as sent. */
    static String signedPath(HttpUrl base, HttpUrl url) {
        return signedPath(withoutTrailingSlash(base.encodedPath()), url);
    }

    private static String signedPath(String prefix, HttpUrl url) {
        String path = url.encodedPath();
        String fromApi = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        return url.encodedQuery() == null ? fromApi : fromApi + "?" + url.encodedQuery();
    }

    /** The request log: DEBUG, so the hot path formats nothing unless someone asked for it. */
    private static void log(OkxCall<?> call, int status, String code, long startNanos) {
        if (!LOG.isLoggable(Level.DEBUG)) {
            return;
        }
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        LOG.log(Level.DEBUG, "{0} {1} -> HTTP {2}, code {3}, {4} ms", call.endpoint().method(), call.endpoint().path(),
                status, code == null ? "-" : code, ms);
    }
}
