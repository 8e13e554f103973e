package org.keysmith.service.relay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;

/**
 * A bot as the relay meets it, sharing nothing with Keysmith's client: java.net.http and HMAC signing as OKX
 * documents it, over the relay credential. Headers can be overridden or dropped to provoke each error.
 */
public final class RawBot {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private final HttpClient http;
    private final String base;
    public String apiKey;
    public String secret;
    public String passphrase;
    public Instant time;
    public boolean demo;
    public final Map<String, String> overrides = new LinkedHashMap<>();

    public RawBot(String base, String apiKey, String secret, String passphrase) {
        this(base, apiKey, secret, passphrase, null);
    }

    /** Over TLS that trusts what {@code tls} trusts (a test certificate). */
    public RawBot(String base, String apiKey, String secret, String passphrase, SSLContext tls) {
        this.http = tls == null ? HttpClient.newHttpClient() : HttpClient.newBuilder().sslContext(tls).build();
        this.base = base;
        this.apiKey = apiKey;
        this.secret = secret;
        this.passphrase = passphrase;
    }

    static RawBot of(Relay relay) {
        RelayCredential c = relay.credential();
        return new RawBot(relay.url(), c.apiKey(), new String(c.secretKey().chars()),
                new String(c.passphrase().chars()));
    }

    public record Answer(int status, HttpHeaders headers, String body) {
        public String code() {
            int i = body.indexOf("\"code\":\"");
            return i < 0 ? "" : body.substring(i + 8, body.indexOf('"', i + 8));
        }

        /** Everything the bot can read of this answer. */
        public String all() {
            return status + "\n" + headers.map() + "\n" + body;
        }
    }

    public Answer get(String pathAndQuery) throws Exception {
        return send("GET", pathAndQuery, "");
    }

    public Answer post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    public Answer unsigned(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers(), r.body());
    }

    public Answer send(String method, String pathAndQuery, String body) throws Exception {
        String ts = TS.format(time == null ? Instant.now() : time);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("OK-ACCESS-KEY", apiKey);
        h.put("OK-ACCESS-SIGN", sign(ts + method + pathAndQuery + body));
        h.put("OK-ACCESS-TIMESTAMP", ts);
        h.put("OK-ACCESS-PASSPHRASE", passphrase);
        h.put("Content-Type", "application/json");
        if (demo) {
            h.put("x-simulated-trading", "1");
        }
        h.putAll(overrides);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).method(method,
                body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        h.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers(), r.body());
    }

    String sign(String prehash) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    }
}
