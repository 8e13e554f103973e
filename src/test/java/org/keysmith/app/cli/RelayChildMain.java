package org.keysmith.app.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A bot started by {@code keysmith run --relay --as okx}: prints its whole environment (so a test can check that no
 * real secret reached it), then signs {@code GET /api/v5/account/config} with the variables it got, as a python-okx
 * bot would, and prints the answer's HTTP status and body.
 */
public final class RelayChildMain {
    private RelayChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = new TreeMap<>(System.getenv());
        env.forEach((k, v) -> System.out.println("env " + k + "=" + v));
        String path = "/api/v5/account/config";
        String ts = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(env.get("OKX_API_SECRET").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = Base64.getEncoder().encodeToString(mac.doFinal((ts + "GET" + path)
                .getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env.get("OKX_BASE_URL") + path)).GET()
                .header("OK-ACCESS-KEY", env.get("OKX_API_KEY")).header("OK-ACCESS-SIGN", sign)
                .header("OK-ACCESS-TIMESTAMP", ts).header("OK-ACCESS-PASSPHRASE", env.get("OKX_API_PASSPHRASE"));
        if ("1".equals(env.get("OKX_FLAG"))) {
            b.header("x-simulated-trading", "1");
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("answer " + r.statusCode() + " " + r.body());
        String ws = env.get("KEYSMITH_RELAY_WS_URL");
        if (ws != null) {
            System.out.println("ws-login " + wsLogin(ws + "/private", env));
        }
    }

    /** Logs in over the relay's WebSocket with java.net.http's own client; the first answer. */
    private static String wsLogin(String url, Map<String, String> env) throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(env.get("OKX_API_SECRET").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = Base64.getEncoder().encodeToString(mac.doFinal((ts + "GET/users/self/verify")
                .getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket s = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url),
                new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            first.complete(text.toString());
                        }
                        w.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        s.sendText("{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + env.get("OKX_API_KEY") + "\",\"passphrase\":\""
                + env.get("OKX_API_PASSPHRASE") + "\",\"timestamp\":\"" + ts + "\",\"sign\":\"" + sign + "\"}]}", true);
        String answer = first.get(10, TimeUnit.SECONDS);
        s.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
        return answer;
    }
}
