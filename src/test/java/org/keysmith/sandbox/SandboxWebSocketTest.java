package org.keysmith.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Permissions;

/** The Sandbox's private WebSocket through a real OkHttp client: login rules, the orders channel, the order ops. */
class SandboxWebSocketTest {
    private static SandboxServer sandbox;
    private static ApiCredentials master;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        master = sandbox.masterKey();
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
    }

    private static String secret(ApiCredentials k) {
        return k.secretKey().exposeAsString();
    }

    private static String pass(ApiCredentials k) {
        return k.passphrase().exposeAsString();
    }

    @Test
    void loginIsCheckedWithOkxsRulesAndCodes() throws Exception {
        try (WsBot bot = WsBot.connect(sandbox.privateWebSocketUrl())) {
            assertThat(bot.login(master.apiKey(), secret(master) + "x", pass(master))).contains("\"code\":\"60007\"");
            assertThat(bot.login(master.apiKey(), secret(master), pass(master) + "x")).contains("\"code\":\"60024\"");
            assertThat(bot.login("00000000-0000-4000-8000-000000000000", secret(master), pass(master)))
                    .contains("\"code\":\"60032\"");
            assertThat(bot.login("nonsense", secret(master), pass(master))).contains("\"code\":\"60005\"");
            bot.send(WsBot.loginOp(master.apiKey(), secret(master), pass(master), Instant.now().minusSeconds(45)));
            assertThat(bot.next(m -> m.contains("error"))).contains("\"code\":\"60006\"");
            bot.send("{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + master.apiKey() + "\",\"passphrase\":\"p\","
                    + "\"timestamp\":\"yesterday\",\"sign\":\"x\"}]}");
            assertThat(bot.next(m -> m.contains("error"))).contains("\"code\":\"60004\"");
            bot.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"ANY\"}]}");
            assertThat(bot.next(m -> m.contains("error"))).contains("\"code\":\"60011\"");
            assertThat(bot.login(master.apiKey(), secret(master), pass(master)))
                    .contains("\"event\":\"login\"").contains("\"code\":\"0\"");
        }
    }

    @Test
    void aKeyBoundToAnotherIpCannotLogIn() throws Exception {
        ApiCredentials bound = SandboxTestKeys.mainKey(sandbox, Permissions.readOnly(), "203.0.113.7");
        try (WsBot bot = WsBot.connect(sandbox.privateWebSocketUrl())) {
            assertThat(bot.login(bound.apiKey(), secret(bound), pass(bound))).contains("\"code\":\"60009\"");
        }
    }

    @Test
    void aDemoKeyLogsInOnlyWithTheDemoHeader() throws Exception {
        ApiCredentials demo = sandbox.demoMasterKey();
        try (WsBot live = WsBot.connect(sandbox.privateWebSocketUrl());
             WsBot onDemo = WsBot.connect(sandbox.privateWebSocketUrl(), true)) {
            assertThat(live.login(demo.apiKey(), secret(demo), pass(demo))).contains("\"code\":\"60032\"");
            assertThat(onDemo.login(demo.apiKey(), secret(demo), pass(demo))).contains("\"code\":\"0\"");
        }
    }

    @Test
    void anOrderPlacedOverTheSocketIsPushedOnTheOrdersChannelAndCanBeCancelled() throws Exception {
        try (WsBot bot = WsBot.connect(sandbox.privateWebSocketUrl())) {
            assertThat(bot.login(master.apiKey(), secret(master), pass(master))).contains("\"code\":\"0\"");
            bot.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"SPOT\"}]}");
            assertThat(bot.next(m -> m.contains("\"event\""))).contains("\"event\":\"subscribe\"");
            int before = sandbox.orderCount(sandbox.mainUid());
            bot.send("{\"id\":\"o1\",\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
                    + "\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"20000\",\"sz\":\"0.01\",\"clOrdId\":\"c1\"}]}");
            String reply = bot.next(m -> m.contains("\"id\":\"o1\""));
            assertThat(reply).contains("\"op\":\"order\"").contains("\"code\":\"0\"").contains("\"sCode\":\"0\"");
            String push = bot.next(m -> m.contains("\"channel\":\"orders\"") && m.contains("\"data\""));
            assertThat(push).contains("\"instId\":\"BTC-USDT\"").contains("\"clOrdId\":\"c1\"")
                    .contains("\"state\":\"live\"").contains("\"uid\":\"" + sandbox.mainUid() + "\"");
            assertThat(sandbox.orderCount(sandbox.mainUid())).isEqualTo(before + 1);
            bot.send("{\"id\":\"c1\",\"op\":\"cancel-order\",\"args\":[{\"instId\":\"BTC-USDT\",\"clOrdId\":\"c1\"}]}");
            assertThat(bot.next(m -> m.contains("\"id\":\"c1\""))).contains("\"code\":\"0\"");
            assertThat(bot.next(m -> m.contains("\"state\":\"canceled\""))).contains("\"clOrdId\":\"c1\"");
            bot.send("{\"id\":\"bad\",\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
                    + "\"side\":\"up\",\"ordType\":\"market\",\"sz\":\"1\"}]}");
            assertThat(bot.next(m -> m.contains("\"id\":\"bad\""))).contains("\"code\":\"1\"")
                    .contains("\"sCode\":\"51000\"");
            bot.send("ping");
            assertThat(bot.next(m -> m.equals("pong"))).isEqualTo("pong");
        }
    }

    @Test
    void aReadOnlyKeyCannotPlaceOrders() throws Exception {
        ApiCredentials read = SandboxTestKeys.mainKey(sandbox, Permissions.readOnly(), "127.0.0.1");
        try (WsBot bot = WsBot.connect(sandbox.privateWebSocketUrl())) {
            assertThat(bot.login(read.apiKey(), secret(read), pass(read))).contains("\"code\":\"0\"");
            bot.send("{\"id\":\"r1\",\"op\":\"order\",\"args\":[{\"instId\":\"ETH-USDT\",\"tdMode\":\"cash\","
                    + "\"side\":\"sell\",\"ordType\":\"market\",\"sz\":\"1\"}]}");
            assertThat(bot.next(m -> m.contains("\"id\":\"r1\""))).contains("\"sCode\":\"50120\"");
        }
    }

    @Test
    void otherPathsAndPlainHttpAreRefused() throws Exception {
        String other = sandbox.privateWebSocketUrl().replace("/ws/v5/private", "/ws/v5/business");
        try (WsBot bot = WsBot.connect(other)) {
            throw new AssertionError("connected to " + other + ": " + bot);
        } catch (Exception expected) {
            assertThat(expected).hasMessageContaining("404");
        }
    }
}
