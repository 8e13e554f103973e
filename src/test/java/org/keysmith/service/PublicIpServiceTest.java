package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;

/** Security review L17 and L2: a bounded answer from the echo service, and the one loopback rule. */
class PublicIpServiceTest {
    private final AtomicReference<String> answer = new AtomicReference<>("203.0.113.9\n");
    private final HttpServer echo;
    private final PublicIpService ips;

    PublicIpServiceTest() throws Exception {
        echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        echo.createContext("/", ex -> {
            byte[] body = answer.get().getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        echo.start();
        ips = new PublicIpService(OkHttpClient::new,
                URI.create("http://127.0.0.1:" + echo.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        echo.stop(0);
    }

    private static Connection at(String url) {
        return new Connection("c", "c", Site.CUSTOM, url, Environment.LIVE, null);
    }

    @Test
    void readsAnAddressAndRefusesAnythingLongerThanOne() throws Exception {
        assertThat(ips.currentIp(at("https://www.okx.com"))).isEqualTo("203.0.113.9");
        answer.set("203.0.113.9 " + "x".repeat(5000));
        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> ips.currentIp(at("https://www.okx.com")));
        assertThat(e.userMessage()).contains("longer answer than an IP address");
    }

    @Test
    void onlyARealLoopbackUrlIsThisComputer() throws Exception {
        assertThat(ips.currentIp(at("http://127.0.0.1:8765"))).isEqualTo("127.0.0.1");
        assertThat(ips.currentIp(at("http://127.0.0.1.evil.example:8765"))).as("asks the echo service")
                .isEqualTo("203.0.113.9");
        assertThat(ips.explanation(at("http://127.0.0.1.evil.example"))).contains("Asks 127.0.0.1");
    }
}
