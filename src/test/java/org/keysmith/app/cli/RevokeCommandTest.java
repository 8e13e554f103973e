package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;

/**
 * {@code keysmith revoke} as separate processes against the built-in Sandbox: the plan and the refusals, and a
 * panic revoke killed (SIGKILL) part-way that {@code --resume} finishes with every key revoked exactly once.
 */
class RevokeCommandTest {
    private static final String PW = "correct horse battery\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path home;

    private CliRun vaultWithKeys(int n) throws Exception {
        CliRun cli = new CliRun(home);
        Result v = cli.run(PW, "vault", "create", "--new-password-stdin");
        assertThat(v.code()).as(v.toString()).isZero();
        for (int i = 0; i < n; i++) {
            Result r = cli.run(PW, "key", "create", "--password-stdin", "--name", "pk" + i, "--sub-account",
                    "TradingDesk01", "--perm", "read", "--json");
            assertThat(r.code()).as(r.toString()).isZero();
        }
        return cli;
    }

    @Test
    void aKilledPanicRevokeResumesAndRevokesEveryKeyExactlyOnce() throws Exception {
        CliRun cli = vaultWithKeys(4);
        Process p = cli.start(PW, "revoke", "--all", "--yes", "--password-stdin");
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.startsWith("[2/4]")) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed, not finished").isNotZero();

        Result dry = cli.run(PW, "revoke", "--resume", "--dry-run", "--password-stdin");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("key(s) left");

        Result resumed = cli.run(PW, "revoke", "--resume", "--yes", "--json", "--password-stdin");
        assertThat(resumed.code()).as(resumed.toString()).isZero();
        JsonNode report = JSON.readTree(resumed.out());
        assertThat(report.get("complete").asBoolean()).isTrue();
        assertThat(report.get("revoked").size() + report.get("alreadyGone").size()).isEqualTo(4);
        assertThat(report.get("failed").size()).isZero();

        JsonNode keys = JSON.readTree(cli.run(PW, "key", "list", "--password-stdin", "--json").out());
        for (JsonNode k : keys) {
            if (k.get("name").asText().startsWith("pk")) {
                assertThat(k.get("status").asText()).as(k.toString()).isIn("revoked", "gone");
            }
        }
        Result audit = cli.run(PW, "audit", "--password-stdin", "--csv");
        for (int i = 0; i < 4; i++) {
            String name = "pk" + i;
            long revokes = audit.out().lines().filter(l -> l.contains("KEY_REVOKED") && l.contains("," + name + ","))
                    .count();
            assertThat(revokes).as("revoke events of " + name + "\n" + audit.out()).isEqualTo(1);
        }
        Result again = cli.run(PW, "revoke", "--resume", "--yes", "--password-stdin");
        assertThat(again.code()).as("nothing left to resume").isEqualTo(ExitCode.NOTHING_MATCHED);
    }

    @Test
    void freezeTransfersIsShownInThePlanDoneOnceAndReported() throws Exception {
        CliRun cli = vaultWithKeys(2);
        Result dry = cli.run(PW, "revoke", "--all", "--freeze-transfers", "--dry-run", "--password-stdin");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).containsOnlyOnce("freeze  transfers out of sub-account TradingDesk01");
        assertThat(canTransOut("TradingDesk01")).as("a dry run sends nothing").isTrue();

        Result run = cli.run(PW, "revoke", "--all", "--freeze-transfers", "--yes", "--json", "--password-stdin");
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("frozen").size()).isEqualTo(1);
        assertThat(report.get("frozen").get(0).get("name").asText()).isEqualTo("TradingDesk01");
        assertThat(report.get("freezeFailed").size()).isZero();
        assertThat(report.get("revoked").size()).isEqualTo(2);
        assertThat(run.err()).contains("[freeze] sub-account TradingDesk01");
        assertThat(canTransOut("TradingDesk01")).isFalse();
        assertThat(canTransOut("Arbitrage02")).as("no key of ours there").isTrue();

        Result audit = cli.run(PW, "audit", "--password-stdin", "--csv");
        assertThat(audit.out().lines().filter(l -> l.contains("TRANSFERS_FROZEN"))).singleElement()
                .satisfies(l -> assertThat(l).contains("TradingDesk01"));
        Result both = cli.run(PW, "revoke", "--resume", "--freeze-transfers", "--password-stdin");
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
    }

    /** The built-in Sandbox's own record of the sub-account, from its state file in the Keysmith home. */
    private boolean canTransOut(String sub) throws Exception {
        JsonNode state = JSON.readTree(home.resolve("sandbox-state.json").toFile());
        for (JsonNode s : state.get("subAccounts")) {
            if (s.get("name").asText().equals(sub)) {
                return !s.has("canTransOut") || s.get("canTransOut").isNull() || s.get("canTransOut").asBoolean();
            }
        }
        throw new AssertionError("no sub-account " + sub + " in " + state);
    }

    @Test
    void showsThePlanAndRefusesWhatItCannotDo() throws Exception {
        CliRun cli = vaultWithKeys(1);
        Result dry = cli.run(PW, "revoke", "--sub-account", "TradingDesk01", "--dry-run", "--password-stdin");
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("revoke  pk0").contains("sub-account TradingDesk01");

        assertThat(cli.run(PW, "revoke", "--password-stdin").code()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run(PW, "revoke", "--all", "--resume", "--password-stdin").code()).isEqualTo(ExitCode.USAGE);
        Result noTerminal = cli.run(PW, "revoke", "--all", "--password-stdin");
        assertThat(noTerminal.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noTerminal.err()).contains("--yes");
        Result nothing = cli.run(PW, "revoke", "--sub-account", "NoSuchDesk9", "--yes", "--password-stdin");
        assertThat(nothing.code()).as(nothing.toString()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(nothing.err()).doesNotContain("Exception");
    }
}
