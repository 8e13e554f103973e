package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;

/**
 * {@code keysmith connection test C --round-trip} as a separate process, against a Sandbox run by this test (over
 * loopback, added as a custom connection) so that its faults can be injected between the child's calls: the round
 * trip never leaves a key behind on the exchange, nor its test key in the vault's list, even when the create's
 * answer is lost after OKX made the key.
 */
class CliRoundTripTest {
    private static final String PW = "correct horse battery\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path home;
    private static CliRun cli;
    private static SandboxServer exchange;

    @BeforeAll
    static void aVaultWithAConnection() throws Exception {
        exchange = SandboxServer.start(SandboxOptions.defaults().withRateLimits(false));
        cli = new CliRun(home);
        Result created = cli.run(PW, "vault", "create", "--new-password-stdin");
        assertThat(created.code()).as(created.toString()).isZero();
        ApiCredentials master = exchange.masterKey();
        String secrets = master.apiKey() + "\n" + new String(master.secretKey().chars()) + "\n"
                + new String(master.passphrase().chars()) + "\n";
        Result added = cli.run(PW + secrets, "connection", "add", "desk", "--password-stdin", "--secrets-stdin",
                "--site", "custom", "--url", exchange.baseUrl());
        assertThat(added.code()).as(added.toString()).isZero();
    }

    @AfterAll
    static void stop() {
        exchange.stop();
    }

    @BeforeEach
    void noFaults() {
        exchange.faults().reset();
    }

    @Test
    void aRoundTripCreatesVerifiesAndDeletesAndReportsEachStep() throws Exception {
        int before = exchange.state().keyCount();
        Result r = cli.run(PW, "connection", "test", "desk", "--round-trip", "--yes", "--json", "--password-stdin");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode trip = JSON.readTree(r.out()).get("roundTrip");
        assertThat(trip.get("ok").asBoolean()).isTrue();
        assertThat(trip.get("leftBehind").asBoolean()).isFalse();
        assertThat(trip.get("label").asText()).startsWith("ksrt").hasSize(10);
        assertThat(trip.get("steps")).extracting(s -> s.get("step").asText() + "=" + s.get("ok").asBoolean())
                .containsExactly("create=true", "verify=true", "delete=true", "cleanup=true");
        assertThat(trip.get("steps").get(1).get("detail").asText()).contains("Read");
        assertThat(exchange.state().keyCount()).isEqualTo(before);
        assertThat(keysInVault()).isEmpty();
        Result audit = cli.run(PW, "audit", "--password-stdin", "--key", trip.get("label").asText(), "--csv");
        assertThat(audit.out()).contains("KEY_CREATED", "KEY_VERIFIED", "KEY_REVOKED", "KEY_REMOVED");
    }

    @Test
    void aCreateWhoseAnswerIsLostStillLeavesNoKeyBehind() throws Exception {
        int before = exchange.state().keyCount();
        exchange.faults().dropAfterCreate(1);
        Result r = cli.run(PW, "connection", "test", "desk", "--round-trip", "--yes", "--password-stdin");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.EXCHANGE_REFUSED);
        assertThat(r.out()).contains("create: FAILED").contains("answer was lost")
                .contains("delete: ok").contains("cleanup: ok").contains("no test key was left behind");
        assertThat(r.out()).doesNotContain("verify:");
        assertThat(exchange.state().keyCount()).isEqualTo(before);
        assertThat(keysInVault()).isEmpty();
    }

    @Test
    void anUnknownSubAccountIsExitFiveAndCreatesNothing() {
        int before = exchange.state().keyCount();
        Result r = cli.run(PW, "connection", "test", "desk", "--round-trip", "--yes", "--json", "--password-stdin",
                "--sub-account", "NoSuchSub01");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(r.err()).contains("no sub-account \"NoSuchSub01\"").contains("TradingDesk01");
        assertThat(exchange.state().keyCount()).isEqualTo(before);
    }

    @Test
    void withoutATerminalAndWithoutYesItRefusesAndCreatesNothing() {
        int before = exchange.state().keyCount();
        Result r = cli.run(PW, "connection", "test", "desk", "--round-trip", "--password-stdin");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--yes");
        assertThat(exchange.state().keyCount()).isEqualTo(before);
        Result misplaced = cli.run(PW, "connection", "test", "desk", "--yes", "--password-stdin");
        assertThat(misplaced.code()).isEqualTo(ExitCode.USAGE);
        assertThat(misplaced.err()).contains("--round-trip");
    }

    private static JsonNode keysInVault() throws Exception {
        Result list = cli.run(PW, "key", "list", "--password-stdin", "--json");
        assertThat(list.code()).as(list.toString()).isZero();
        return JSON.readTree(list.out());
    }
}
