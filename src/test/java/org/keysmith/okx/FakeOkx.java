package org.keysmith.okx;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;

/**
 * A MockWebServer that answers {@code /public/time} with {@link #serverTime} and every other path from a queue of
 * canned answers per path; records all requests. Builds clients with short timeouts and a recording sleeper.
 */
final class FakeOkx implements AutoCloseable {
    static final String MASTER_KEY = "7f0e2c1a-0000-4000-8000-00000000abcd";
    static final String MASTER_SECRET = "MASTERSECRET0123456789ABCDEFABCD";
    static final String MASTER_PASSPHRASE = "Master-Pass1";

    final MockWebServer server = new MockWebServer();
    final Map<String, Deque<MockResponse>> answers = new ConcurrentHashMap<>();
    final List<RecordedRequest> requests = new ArrayList<>();
    final List<Duration> sleeps = new ArrayList<>();
    volatile Instant serverTime = Instant.parse("2026-11-25T12:00:00.123Z");

    FakeOkx() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                synchronized (requests) {
                    requests.add(request);
                }
                String path = request.getRequestUrl().encodedPath();
                if (path.endsWith("/api/v5/public/time")) {
                    return json("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"" + serverTime.toEpochMilli()
                            + "\"}]}");
                }
                Deque<MockResponse> q = answers.get(request.getMethod() + " " + path);
                MockResponse next = q == null ? null : q.poll();
                return next != null ? next : json("{\"code\":\"51000\",\"msg\":\"no canned answer\",\"data\":[]}");
            }
        });
        server.start();
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    static MockResponse ok(String dataJson) {
        return json("{\"code\":\"0\",\"msg\":\"\",\"data\":" + dataJson + "}");
    }

    static MockResponse error(int status, String code, String msg) {
        return json("{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":[]}").setResponseCode(status);
    }

    void answer(String methodAndPath, MockResponse... responses) {
        answers.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    String baseUrl() {
        String u = server.url("/").toString();
        return u.substring(0, u.length() - 1);
    }

    Connection connection(Environment env) {
        return new Connection("c1", "Test", Site.CUSTOM, baseUrl(), env, master());
    }

    static ApiCredentials master() {
        return new ApiCredentials(MASTER_KEY, Secret.copyOf(MASTER_SECRET.toCharArray()),
                Secret.copyOf(MASTER_PASSPHRASE.toCharArray()));
    }

    OkxClients clients(Clock clock, Duration readTimeout) {
        return new OkxClients(OkxClients.defaultHttp().readTimeout(
                readTimeout.toMillis(), TimeUnit.MILLISECONDS).build(),
                "Keysmith/test", clock, RateLimiter.disabled(), d -> {
                    synchronized (sleeps) {
                        sleeps.add(d);
                    }
                });
    }

    OkxClient client(Environment env) {
        return clients(Clock.systemUTC(), Duration.ofSeconds(5)).forConnection(connection(env));
    }

    /** Requests other than the clock sync. */
    List<RecordedRequest> apiRequests() {
        synchronized (requests) {
            return requests.stream().filter(r -> !r.getPath().contains("/api/v5/public/time")).toList();
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
