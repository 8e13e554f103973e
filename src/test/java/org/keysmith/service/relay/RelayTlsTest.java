package org.keysmith.service.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.Environment;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;
import org.keysmith.sandbox.WsBot;
import org.keysmith.service.UserFacingException;

/** The relay over TLS with a user's PKCS#12: https and wss with the certificate, and the rule for other addresses. */
class RelayTlsTest {
    @TempDir
    static Path dir;
    private static Path keystore;
    private static SandboxServer sandbox;
    private static Relay relay;

    @BeforeAll
    static void aTlsRelay() throws Exception {
        keystore = TestCertificates.keystore(dir);
        sandbox = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        RelayTls tls = RelayTls.load(keystore, TestCertificates.PASSWORD.toCharArray());
        relay = Relays.start(sandbox.baseUrl(), sandbox.privateWebSocketUrl(), tls, sandbox.masterKey(),
                Environment.LIVE, RelayPolicy.defaults(), dir, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        relay.close();
        sandbox.stop();
    }

    @Test
    void restAndWebSocketSpeakTlsWithTheGivenCertificate() throws Exception {
        assertThat(relay.url()).startsWith("https://127.0.0.1:");
        assertThat(relay.webSocketUrl()).startsWith("wss://127.0.0.1:");
        RelayCredential c = relay.credential();
        RawBot bot = new RawBot(relay.url(), c.apiKey(), new String(c.secretKey().chars()),
                new String(c.passphrase().chars()), TestCertificates.client(keystore));
        RawBot.Answer config = bot.get("/api/v5/account/config");
        assertThat(config.status()).as(config.body()).isEqualTo(200);
        assertThat(config.code()).isEqualTo("0");
        try (WsBot ws = WsBot.connect(relay.webSocketUrl(), TestCertificates.client(keystore),
                TestCertificates.trust(keystore))) {
            assertThat(ws.login(c.apiKey(), new String(c.secretKey().chars()), new String(c.passphrase().chars())))
                    .contains("\"code\":\"0\"");
        }
        String expected = HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256")
                .digest(TestCertificates.certificate(keystore).getEncoded())).toUpperCase(Locale.ROOT);
        assertThat(relay.tlsFingerprint()).isEqualTo(expected);
    }

    @Test
    void plainHttpToTheTlsPortGetsNoAnswer() {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Exception e = catchThrowableOfType(Exception.class, () -> plain.send(HttpRequest.newBuilder(
                URI.create(relay.url().replace("https://", "http://") + "/api/v5/public/time"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(e).isNotNull();
    }

    @Test
    void aWrongPasswordOrAMissingFileSaysWhatIsWrong() throws Exception {
        UserFacingException wrong = catchThrowableOfType(UserFacingException.class,
                () -> RelayTls.load(keystore, "nope".toCharArray()));
        assertThat(wrong.userMessage()).contains("password is wrong").doesNotContain("nope");
        UserFacingException missing = catchThrowableOfType(UserFacingException.class,
                () -> RelayTls.load(dir.resolve("none.p12"), "x".toCharArray()));
        assertThat(missing.userMessage()).contains("does not exist");
        Path junk = Files.writeString(dir.resolve("junk.p12"), "not a keystore");
        assertThat(catchThrowableOfType(UserFacingException.class,
                () -> RelayTls.load(junk, "x".toCharArray())).userMessage()).contains("PKCS#12");
    }

    @Test
    void anotherAddressThanLoopbackNeedsTls() throws Exception {
        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> RelayService.listenAddress("0.0.0.0", 8790, false));
        assertThat(e.userMessage()).contains("--tls-keystore").contains("tunnel");
        InetSocketAddress all = RelayService.listenAddress("0.0.0.0", 8790, true);
        assertThat(all.getAddress().isAnyLocalAddress()).isTrue();
        assertThat(RelayService.listenAddress("127.0.0.1", 0, false).getAddress().isLoopbackAddress()).isTrue();
    }
}
