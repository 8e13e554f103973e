package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;
import org.keysmith.sandbox.WsBot;
import org.keysmith.service.relay.RawBot;
import org.keysmith.service.relay.TestCertificates;

/** keysmith relay as a user starts it: a real keysmith process serving a Sandbox key, stopped with SIGTERM. */
@DisabledOnOs(OS.WINDOWS)
class RelayCommandTest {
    private static final String PW = "correct horse battery\n";
    @TempDir
    static Path home;
    private static CliRun cli;
    private static String secret;
    private static String passphrase;

    @BeforeAll
    static void aVaultWithAKey() throws Exception {
        cli = new CliRun(home);
        Result v = cli.run(PW, "vault", "create", "--new-password-stdin");
        assertThat(v.code()).as(v.toString()).isZero();
        Result r = cli.run(PW, "key", "create", "--password-stdin", "--name", "relaybot", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "127.0.0.1", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode key = new ObjectMapper().readTree(r.out());
        secret = key.get("secretKey").asText();
        passphrase = key.get("passphrase").asText();
    }

    @Test
    void servesTheKeyWithAFreshRelayCredentialUntilStopped() throws Exception {
        Process p = cli.start(PW, "relay", "--password-stdin", "--key", "relaybot", "--port", "0", "--json");
        try {
            String printed = printedObject(p);
            JsonNode c = new ObjectMapper().readTree(printed);
            assertThat(c.get("url").asText()).startsWith("http://127.0.0.1:");
            assertThat(c.get("secretKey").asText()).isNotEqualTo(secret).hasSize(64);
            assertThat(printed).doesNotContain(secret).doesNotContain(passphrase);

            RawBot bot = new RawBot(c.get("url").asText(), c.get("apiKey").asText(), c.get("secretKey").asText(),
                    c.get("passphrase").asText());
            RawBot.Answer config = bot.get("/api/v5/account/config");
            assertThat(config.status()).as(config.body()).isEqualTo(200);
            assertThat(config.code()).isEqualTo("0");
            assertThat(config.body()).contains("\"label\":\"relaybot\"");
            RawBot.Answer denied = bot.post("/api/v5/asset/withdrawal", "{\"ccy\":\"USDT\",\"amt\":\"1\"}");
            assertThat(denied.code()).isEqualTo("50030");
            assertThat(config.all() + denied.all()).doesNotContain(secret).doesNotContain(passphrase);
            assertThat(c.get("wsUrl").asText()).startsWith("ws://127.0.0.1:").endsWith("/ws/v5/private");
            try (WsBot ws = WsBot.connect(c.get("wsUrl").asText())) {
                assertThat(ws.login(c.get("apiKey").asText(), c.get("secretKey").asText(),
                        c.get("passphrase").asText())).contains("\"event\":\"login\"").contains("\"code\":\"0\"");
                ws.send("{\"id\":\"w1\",\"op\":\"order\",\"args\":[{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\","
                        + "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"1\"}]}");
                assertThat(ws.next(m -> m.contains("\"id\":\"w1\""))).contains("\"sCode\":\"0\"");
                assertThat(String.join("\n", ws.all())).doesNotContain(secret).doesNotContain(passphrase);
            }

            Result status = statusOnceCounted();
            assertThat(status.code()).as(status.toString()).isZero();
            JsonNode running = new ObjectMapper().readTree(status.out()).get(0);
            assertThat(running.get("key").asText()).isEqualTo("relaybot");
            assertThat(running.get("running").asBoolean()).isTrue();
            assertThat(running.get("url").asText()).isEqualTo(c.get("url").asText());
            assertThat(running.get("wsUrl").asText()).isEqualTo(c.get("wsUrl").asText());
            assertThat(running.get("denials").get("withdrawal").asLong()).isEqualTo(1);
            assertThat(status.out()).doesNotContain(secret).doesNotContain(passphrase)
                    .doesNotContain(c.get("secretKey").asText()).doesNotContain(c.get("passphrase").asText());
            Result plain = cli.run("", "relay", "status");
            assertThat(plain.out()).contains("relay for relaybot: running").contains(c.get("url").asText());

            p.toHandle().destroy(); // SIGTERM, without closing our ends of its pipes (Process.destroy does)
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isZero();
            assertThat(err).contains("relay stopped: ").contains("1 denied").doesNotContain(secret)
                    .doesNotContain(passphrase).doesNotContain(c.get("secretKey").asText());
            Result after = cli.run("", "relay", "status");
            assertThat(after.code()).as(after.toString()).isEqualTo(ExitCode.NOTHING_MATCHED);
            assertThat(after.out()).contains("No relay is running");
            try (var files = Files.list(home)) {
                Path log = files.filter(f -> f.getFileName().toString().startsWith("relay-")).findFirst()
                        .orElseThrow();
                assertThat(Files.readString(log)).contains("GET /api/v5/account/config")
                        .doesNotContain(secret).doesNotContain(passphrase);
            }
        } finally {
            p.destroyForcibly();
        }
    }

    /** What the relay printed with --json: its lines up to the closing brace of the one object. */
    private static String printedObject(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            printed.append(line).append('\n');
            if (line.equals("}")) {
                break;
            }
        }
        return printed.toString();
    }

    /** relay status once the relay's status file has counted the requests made so far (it is written every second). */
    private static Result statusOnceCounted() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            Result r = cli.run("", "relay", "status", "--json");
            if (r.out().contains("\"withdrawal\"") || System.nanoTime() > end) {
                return r;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aRevokedKeyIsRefused() {
        Result made = cli.run(PW, "key", "create", "--password-stdin", "--name", "oldbot", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "127.0.0.1", "--json");
        assertThat(made.code()).as(made.toString()).isZero();
        Result revoked = cli.run(PW, "key", "revoke", "--password-stdin", "--yes", "oldbot");
        assertThat(revoked.code()).as(revoked.toString()).isZero();
        Result r = cli.run(PW, "relay", "--password-stdin", "--key", "oldbot", "--port", "0");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("was revoked").doesNotContain("\tat ");
    }

    @Test
    void anAddressOffThisComputerIsAUsageError() {
        Result r = cli.run(PW, "relay", "--password-stdin", "--key", "relaybot", "--listen", "0.0.0.0:8790");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("this computer only").contains("--tls-keystore").contains("tunnel")
                .doesNotContain("\tat ");
        Result policy = cli.run(PW, "relay", "--password-stdin", "--key", "relaybot", "--policy",
                home.resolve("missing.json").toString());
        assertThat(policy.code()).isEqualTo(ExitCode.USAGE);
        assertThat(policy.err()).contains("does not exist");
    }

    @Test
    void withAPkcs12KeystoreItListensOnEveryAddressOverTls() throws Exception {
        Path ks = TestCertificates.keystore(home);
        Process p = cli.start(PW + TestCertificates.PASSWORD + "\n", "relay", "--password-stdin", "--key",
                "relaybot", "--listen", "0.0.0.0:0", "--tls-keystore", ks.toString(), "--tls-password-stdin", "--json");
        try {
            String printed = printedObject(p);
            JsonNode c = new ObjectMapper().readTree(printed);
            assertThat(c.get("url").asText()).startsWith("https://");
            assertThat(c.get("wsUrl").asText()).startsWith("wss://");
            assertThat(c.get("tlsFingerprint").asText()).hasSize(95);
            String port = c.get("url").asText().replaceAll(".*:", "");
            RawBot bot = new RawBot("https://127.0.0.1:" + port, c.get("apiKey").asText(),
                    c.get("secretKey").asText(), c.get("passphrase").asText(), TestCertificates.client(ks));
            RawBot.Answer config = bot.get("/api/v5/account/config");
            assertThat(config.status()).as(config.body()).isEqualTo(200);
            p.toHandle().destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(err).contains("warning: The relay listens on 0.0.0.0").contains("tunnel")
                    .contains("TLS certificate SHA-256 " + c.get("tlsFingerprint").asText())
                    .doesNotContain(TestCertificates.PASSWORD);
        } finally {
            p.destroyForcibly();
        }
    }
}
