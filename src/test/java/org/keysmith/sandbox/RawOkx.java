package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
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

/**
 * A minimal OKX client that shares nothing with Keysmith's: java.net.http, its own HMAC signing as OKX documents
 * it. Headers can be dropped or overridden to provoke each authentication error.
 */
final class RawOkx {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    String apiKey;
    String secret;
    String passphrase;
    boolean demo;
    Instant time;
    final Map<String, String> overrides = new LinkedHashMap<>();

    RawOkx(String base, String apiKey, String secret, String passphrase) {
        this.base = base;
        this.apiKey = apiKey;
        this.secret = secret;
        this.passphrase = passphrase;
    }

    record Answer(int status, JsonNode body) {
        String code() {
            return body.path("code").asText();
        }

        JsonNode data() {
            return body.path("data");
        }
    }

    Answer get(String pathAndQuery) throws Exception {
        return send("GET", pathAndQuery, "");
    }

    Answer post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    Answer send(String method, String pathAndQuery, String body) throws Exception {
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
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        h.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), json.readTree(r.body()));
    }

    String sign(String prehash) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    }
}
