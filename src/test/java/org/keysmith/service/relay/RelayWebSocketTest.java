package org.keysmith.service.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Environment;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;
import org.keysmith.sandbox.WsBot;

/**
 * A bot's OkHttp WebSocket client through the relay to the Sandbox's private WebSocket: login with the relay
 * credential, a subscription's push, an allowed and a denied order op, pings, the upstream's end, and no trace of the
 * real secret in anything the bot receives or the log holds.
 */
class RelayWebSocketTest {
    @TempDir
    static Path logs;
    private static SandboxServer sandbox;
    private static Relay relay;
    private static String realSecret;
    private static String realPassphrase;

    @BeforeAll
    static void relayInFrontOfTheSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        ApiCredentials master = sandbox.masterKey();
        realSecret = master.secretKey().exposeAsString();
        realPassphrase = master.passphrase().exposeAsString();
        relay = Relays.start(sandbox.baseUrl(), sandbox.privateWebSocketUrl(), master, Environment.LIVE,
                RelayPolicy.of(List.of(), Set.of("BTC-USDT"), null, Duration.ofSeconds(1), System::nanoTime), logs,
                Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        relay.close();
        sandbox.stop();
    }

    private static WsBot loggedIn() throws Exception {
        WsBot bot = WsBot.connect(relay.webSocketUrl());
        RelayCredential c = relay.credential();
        String login = bot.login(c.apiKey(), new String(c.secretKey().chars()), new String(c.passphrase().chars()));
        assertThat(login).contains("\"event\":\"login\"").contains("\"code\":\"0\"");
        return bot;
    }

    @Test
    void theRelayCredentialLogsInAndAnAllowedOrderReachesTheSandboxAndIsPushedBack() throws Exception {
        try (WsBot bot = loggedIn()) {
            bot.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"}]}");
            assertThat(bot.next(m -> m.contains("\"event\""))).contains("\"event\":\"subscribe\"");
            int before = sandbox.orderCount(sandbox.mainUid());
            bot.send("{\"id\":\"a1\",\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
                    + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"30000\",\"sz\":\"0.001\",\"clOrdId\":\"r1\"}]}");
            assertThat(bot.next(m -> m.contains("\"id\":\"a1\""))).contains("\"code\":\"0\"")
                    .contains("\"sCode\":\"0\"");
            assertThat(bot.next(m -> m.contains("\"channel\":\"orders\"") && m.contains("\"data\"")))
                    .contains("\"clOrdId\":\"r1\"").contains("\"state\":\"live\"");
            assertThat(sandbox.orderCount(sandbox.mainUid())).isEqualTo(before + 1);
            bot.send("ping");
            assertThat(bot.next(m -> m.equals("pong"))).isEqualTo("pong");
        }
        assertThat(Files.readString(relay.logFile())).contains("WS login code=-").contains("WS order instId=BTC-USDT");
    }

    @Test
    void aDeniedOpIsAnsweredInOkxsShapeAndNeverReachesTheSandbox() throws Exception {
        try (WsBot bot = loggedIn()) {
            int before = sandbox.orderCount(sandbox.mainUid());
            bot.send("{\"id\":\"d1\",\"op\":\"order\",\"args\":[{\"instId\":\"ETH-USDT\",\"tdMode\":\"cash\","
                    + "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"1\",\"clOrdId\":\"x9\"}]}");
            String reply = bot.next(m -> m.contains("\"id\":\"d1\""));
            assertThat(reply).contains("\"op\":\"order\"").contains("\"code\":\"1\"").contains("\"sCode\":\"50030\"")
                    .contains("\"clOrdId\":\"x9\"").contains("instrument-allowlist");
            bot.send("{\"id\":\"d2\",\"op\":\"batch-orders\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
                    + "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"1\"},{\"instId\":\"DOGE-USDT\","
                    + "\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"1\"}]}");
            String batch = bot.next(m -> m.contains("\"id\":\"d2\""));
            assertThat(batch).contains("\"code\":\"1\"");
            assertThat(batch.split("\"sCode\":\"50030\"", -1)).as("one refused row per order").hasSize(3);
            assertThat(sandbox.orderCount(sandbox.mainUid())).isEqualTo(before);
        }
        assertThat(relay.counters().snapshot().denials()).containsKey("instrument-allowlist");
        assertThat(Files.readString(relay.logFile())).contains("WS order instId=ETH-USDT code=50030 "
                + "denied=instrument-allowlist");
    }

    @Test
    void whatTheRelayCannotReadIsRefusedNotPassedOn() throws Exception {
        try (WsBot bot = loggedIn()) {
            int before = sandbox.orderCount(sandbox.mainUid());
            // Jackson reads the last "op"; another parser may read the first: never passed on
            bot.send("{\"id\":\"u1\",\"op\":\"order\",\"op\":\"subscribe\",\"args\":[{\"instId\":\"ETH-USDT\","
                    + "\"tdMode\":\"cash\",\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"1\"}]}");
            assertThat(bot.next(m -> m.contains("\"event\""))).contains("\"code\":\"60012\"");
            bot.send("{\"id\":\"u2\",\"op\":\"order\",\"args\":{\"instId\":\"ETH-USDT\"}}");
            assertThat(bot.next(m -> m.contains("\"event\""))).contains("\"code\":\"60013\"");
            bot.send("not json");
            assertThat(bot.next(m -> m.contains("\"event\""))).contains("\"code\":\"60012\"");
            assertThat(sandbox.orderCount(sandbox.mainUid())).isEqualTo(before);
        }
    }

    @Test
    void aBadLoginIsRefusedWithOkxsCodesAndNothingIsSentUpstream() throws Exception {
        RelayCredential c = relay.credential();
        String secret = new String(c.secretKey().chars());
        String pass = new String(c.passphrase().chars());
        try (WsBot bot = WsBot.connect(relay.webSocketUrl())) {
            assertThat(bot.login(c.apiKey(), secret + "x", pass)).contains("\"code\":\"60007\"");
            assertThat(bot.login(c.apiKey(), secret, pass + "x")).contains("\"code\":\"60024\"");
            assertThat(bot.login(sandbox.masterKey().apiKey(), realSecret, realPassphrase))
                    .as("the real key is not accepted at the relay").contains("\"code\":\"60032\"");
            bot.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"}]}");
            assertThat(bot.next(m -> m.contains("\"event\""))).as("the Sandbox's own answer: not logged in")
                    .contains("\"code\":\"60011\"");
            assertThat(bot.login(c.apiKey(), secret, pass)).contains("\"code\":\"0\"");
        }
    }

    @Test
    void theRealSecretAndPassphraseNeverReachTheBotOrTheLog() throws Exception {
        List<String> seen = new ArrayList<>();
        try (WsBot bot = loggedIn()) {
            bot.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"SPOT\"}]}");
            bot.send("{\"id\":\"s1\",\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
                    + "\"side\":\"sell\",\"ordType\":\"limit\",\"px\":\"90000\",\"sz\":\"0.01\"}]}");
            bot.next(m -> m.contains("\"channel\":\"orders\"") && m.contains("\"data\""));
            bot.send("{\"op\":\"login\",\"args\":[]}");
            bot.next(m -> m.contains("\"event\":\"error\""));
            seen.addAll(bot.all());
        }
        seen.add(Files.readString(relay.logFile()));
        seen.add(relay.counters().snapshot().line());
        assertThat(seen).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(realSecret)
                .doesNotContain(realPassphrase).doesNotContain(new String(relay.credential().secretKey().chars())));
    }

    @Test
    void whenTheExchangeGoesAwayTheBotsSocketIsClosedWithAReason() throws Exception {
        SandboxServer other = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        try (Relay r = Relays.start(other.baseUrl(), other.privateWebSocketUrl(), other.masterKey(),
                Environment.LIVE, RelayPolicy.defaults(), logs.resolve("gone"), Duration.ofSeconds(5));
             WsBot bot = WsBot.connect(r.webSocketUrl())) {
            RelayCredential c = r.credential();
            assertThat(bot.login(c.apiKey(), new String(c.secretKey().chars()), new String(c.passphrase().chars())))
                    .contains("\"code\":\"0\"");
            other.stop();
            assertThat(bot.closeCode()).isEqualTo(1001);
            assertThat(bot.closeReason()).contains("keysmith relay").contains("reconnect");
        } finally {
            other.stop();
        }
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (Relay r = Relays.start(sandbox.baseUrl(), "ws://127.0.0.1:" + closedPort + "/ws/v5/private",
                sandbox.masterKey(), Environment.LIVE, RelayPolicy.defaults(), logs.resolve("none"),
                Duration.ofSeconds(5));
             WsBot bot = WsBot.connect(r.webSocketUrl())) {
            assertThat(bot.closeCode()).as("exchange unreachable").isEqualTo(1014);
            assertThat(bot.closeReason()).contains("lost");
        }
    }
}
