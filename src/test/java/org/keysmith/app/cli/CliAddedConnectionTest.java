package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.okx.OkxEndpoint;
import org.keysmith.sandbox.SandboxOptions;
import org.keysmith.sandbox.SandboxServer;

/**
 * The command line against a connection the user added: a Sandbox run by this test (over loopback, added with
 * {@code connection add --site custom}), so its faults can be injected between the child processes' calls. The
 * round trip never leaves a key behind on the exchange, nor its test key in the vault's list, even when the
 * create's answer is lost after OKX made the key; a lost create answer is reconciled as in the app; two
 * connections make names ambiguous; the vault's lock keeps a second Keysmith out.
 */
class CliAddedConnectionTest {
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
        long testKeysBefore = testKeysInVault();
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
        assertThat(testKeysInVault()).isEqualTo(testKeysBefore);
        Result audit = cli.run(PW, "audit", "--password-stdin", "--key", trip.get("label").asText(), "--csv");
        assertThat(audit.out()).contains("KEY_CREATED", "KEY_VERIFIED", "KEY_REVOKED", "KEY_REMOVED");
    }

    @Test
    void aCreateWhoseAnswerIsLostStillLeavesNoKeyBehind() throws Exception {
        int before = exchange.state().keyCount();
        long testKeysBefore = testKeysInVault();
        exchange.faults().dropAfterCreate(1);
        Result r = cli.run(PW, "connection", "test", "desk", "--round-trip", "--yes", "--password-stdin");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.EXCHANGE_REFUSED);
        assertThat(r.out()).contains("create: FAILED").contains("answer was lost")
                .contains("delete: ok").contains("cleanup: ok").contains("no test key was left behind");
        assertThat(r.out()).doesNotContain("verify:");
        assertThat(exchange.state().keyCount()).isEqualTo(before);
        assertThat(testKeysInVault()).isEqualTo(testKeysBefore);
    }

    @Test
    void aFailedDeleteIsMadeGoodByTheCleanupByLabel() throws Exception {
        int before = exchange.state().keyCount();
        long testKeysBefore = testKeysInVault();
        exchange.faults().serverErrorsAt(OkxEndpoint.DELETE_API_KEY, 1);
        Result r = cli.run(PW, "connection", "test", "desk", "--round-trip", "--yes", "--json", "--password-stdin");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.EXCHANGE_REFUSED);
        JsonNode trip = JSON.readTree(r.out()).get("roundTrip");
        assertThat(trip.get("steps")).extracting(s -> s.get("step").asText() + "=" + s.get("ok").asBoolean())
                .containsExactly("create=true", "verify=true", "delete=false", "cleanup=true");
        assertThat(trip.get("steps").get(3).get("detail").asText()).contains("deleted 1 here");
        assertThat(trip.get("leftBehind").asBoolean()).isFalse();
        assertThat(exchange.state().keyCount()).isEqualTo(before);
        assertThat(testKeysInVault()).isEqualTo(testKeysBefore);
    }

    @Test
    void whenEvenTheCleanupCannotDeleteItSaysSoAndKeepsTheKeyInView() throws Exception {
        int before = exchange.state().keyCount();
        exchange.faults().serverErrorsAt(OkxEndpoint.DELETE_API_KEY, 2);
        Result r = cli.run(PW, "connection", "test", "desk", "--round-trip", "--yes", "--password-stdin");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.EXCHANGE_REFUSED);
        assertThat(r.out()).contains("cleanup: FAILED").contains("may be left behind");
        assertThat(r.err()).contains("may still be on the exchange").contains("keysmith key revoke ksrt");
        assertThat(exchange.state().keyCount()).isEqualTo(before + 1);
        String label = r.out().replaceFirst("(?s).*throwaway key (ksrt[a-z0-9]{6}).*", "$1");
        assertThat(keyNamed(label).get("status").asText()).isEqualTo("active");
        Result revoke = cli.run(PW, "key", "revoke", label, "--yes", "--password-stdin");
        assertThat(revoke.code()).as(revoke.toString()).isZero();
        assertThat(exchange.state().keyCount()).isEqualTo(before);
    }

    /** On a terminal the round trip asks first; anything but yes changes nothing, yes runs it. */
    @Test
    void onATerminalTheRoundTripAsksFirst() throws Exception {
        Assumptions.assumeTrue(CliRun.terminalAvailable(), "util-linux script makes the terminal");
        Path pw = Files.writeString(home.resolve("pw.txt"), PW);
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        int before = exchange.state().keyCount();
        Result no = cli.runOnTerminal("n\n", "connection", "test", "desk", "--round-trip", "--password-file",
                pw.toString());
        assertThat(no.code()).as(no.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(no.out()).contains("Create a read-only key with a throwaway label on a sub-account of desk")
                .contains("[y/N]").contains("not confirmed; nothing was changed");
        assertThat(exchange.state().keyCount()).isEqualTo(before);
        Result yes = cli.runOnTerminal("y\n", "connection", "test", "desk", "--round-trip", "--password-file",
                pw.toString());
        assertThat(yes.code()).as(yes.toString()).isZero();
        assertThat(yes.out()).contains("Round trip done");
        assertThat(exchange.state().keyCount()).isEqualTo(before);
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

    @Test
    void aCreateWhoseAnswerIsLostIsReconciledAsInTheAppAndCanBeRevoked() throws Exception {
        int before = exchange.state().keyCount();
        exchange.faults().dropAfterCreate(1);
        Result r = cli.run(PW, "key", "create", "--password-stdin", "--connection", "desk", "--sub-account",
                "TradingDesk01", "--name", "lost1");
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.EXCHANGE_REFUSED);
        assertThat(r.err()).contains("answer was lost").contains("created, secret lost").doesNotContain("\tat ");
        assertThat(exchange.state().keyCount()).isEqualTo(before + 1);
        JsonNode lost = keyNamed("lost1");
        assertThat(lost.get("status").asText()).isEqualTo("secret_lost");
        assertThat(lost.get("apiKey").asText()).isNotBlank();
        Result revoke = cli.run(PW, "key", "revoke", "lost1", "--yes", "--password-stdin");
        assertThat(revoke.code()).as(revoke.toString()).isZero();
        assertThat(exchange.state().keyCount()).isEqualTo(before);
    }

    @Test
    void aNameOnTwoConnectionsAsksForConnection() throws Exception {
        for (String conn : new String[] {"sandbox", "desk"}) {
            Result made = cli.run(PW, "key", "create", "--password-stdin", "--connection", conn, "--sub-account",
                    "TradingDesk01", "--name", "twin1", "--json");
            assertThat(made.code()).as(made.toString()).isZero();
        }
        Result both = cli.run(PW, "key", "show", "twin1", "--password-stdin");
        assertThat(both.code()).as(both.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("several keys are named \"twin1\"").contains("--connection");
        Result one = cli.run(PW, "key", "show", "twin1", "--connection", "desk", "--json", "--password-stdin");
        assertThat(one.code()).as(one.toString()).isZero();
        assertThat(JSON.readTree(one.out()).get("connection").asText()).isEqualTo("desk");
        Result noConnection = cli.run(PW, "key", "list", "--password-stdin", "--connection", "nowhere");
        assertThat(noConnection.code()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(noConnection.err()).contains("no connection named \"nowhere\"").contains("desk");
    }

    @Test
    void aThirdPartyAppKeyNeedsItsIpsAndMyIpAndATypedPassphraseAreUsed() throws Exception {
        Result refused = cli.run(PW, "key", "create", "--password-stdin", "--connection", "desk", "--sub-account",
                "TradingDesk01", "--name", "app1", "--type", "third-party-app");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("--ip:").contains("third-party app key");
        Result made = cli.run(PW + "Typed-pass-123\n", "key", "create", "--password-stdin", "--connection", "desk",
                "--sub-account", "TradingDesk01", "--name", "app1", "--type", "third-party-app", "--my-ip",
                "--passphrase-stdin", "--json");
        assertThat(made.code()).as(made.toString()).isZero();
        JsonNode key = JSON.readTree(made.out());
        assertThat(key.get("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(key.get("passphrase").asText()).isEqualTo("Typed-pass-123");
        assertThat(key.get("type").asText()).isEqualTo("third_party_app");
    }

    @Test
    void aVaultOpenInAnotherKeysmithIsOneSentenceAndExitOne() throws Exception {
        Path lockFile = home.resolve("vault.keysmith.lock");
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            Result r = cli.run(PW, "key", "list", "--password-stdin");
            assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.ERROR);
            assertThat(r.err()).contains("is open in another Keysmith").doesNotContain("\tat ", "Exception");
        }
    }

    @Test
    void aRefusedMasterKeyIsExitFourAndNotSaved() throws Exception {
        Result r = cli.run(PW + "some-api-key\nwrong-secret\nWrong-pass1\n", "connection", "add", "bogus",
                "--password-stdin", "--secrets-stdin", "--site", "custom", "--url", exchange.baseUrl());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.EXCHANGE_REFUSED);
        assertThat(r.err()).contains("Nothing was saved").doesNotContain("wrong-secret", "\tat ");
        Result list = cli.run(PW, "connection", "list", "--password-stdin");
        assertThat(list.out()).contains("desk").doesNotContain("bogus");
        Result unknown = cli.run(PW, "sync", "--password-stdin", "--connection", "bogus");
        assertThat(unknown.code()).isEqualTo(ExitCode.NOTHING_MATCHED);
    }

    /** The round trips' keys still in the vault's list (any status). */
    private static long testKeysInVault() throws Exception {
        long n = 0;
        for (JsonNode k : keysInVault()) {
            n += k.get("name").asText().startsWith("ksrt") ? 1 : 0;
        }
        return n;
    }

    private static JsonNode keyNamed(String name) throws Exception {
        for (JsonNode k : keysInVault()) {
            if (k.get("name").asText().equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no key " + name + " in the list");
    }

    private static JsonNode keysInVault() throws Exception {
        Result list = cli.run(PW, "key", "list", "--password-stdin", "--json");
        assertThat(list.code()).as(list.toString()).isZero();
        return JSON.readTree(list.out());
    }
}
