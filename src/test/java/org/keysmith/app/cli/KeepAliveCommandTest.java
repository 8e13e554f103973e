package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;

/** {@code keysmith key keep-alive NAME on|off} and {@code keysmith guard keep-alive} as separate processes. */
class KeepAliveCommandTest {
    private static final String PW = "correct horse battery\n";
    @TempDir
    Path home;

    @Test
    void turnsKeepAliveOnWithTheRiskExplainedAndOffAgain() throws Exception {
        CliRun cli = new CliRun(home);
        assertThat(cli.run(PW, "vault", "create", "--new-password-stdin").code()).isZero();
        Result k = cli.run(PW, "key", "create", "--password-stdin", "--name", "idle", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--json");
        assertThat(k.code()).as(k.toString()).isZero();
        Result b = cli.run(PW, "key", "create", "--password-stdin", "--name", "bound", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "203.0.113.7", "--json");
        assertThat(b.code()).as(b.toString()).isZero();

        Result on = cli.run(PW, "key", "keep-alive", "idle", "on", "--password-stdin");
        assertThat(on.code()).as(on.toString()).isZero();
        assertThat(on.out()).contains("Keep-alive is on for \"idle\"").contains("14 days").contains("leaked")
                .contains("keysmith guard keep-alive");
        Result notNeeded = cli.run(PW, "key", "keep-alive", "bound", "on", "--password-stdin");
        assertThat(notNeeded.code()).as(notNeeded.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(notNeeded.err()).contains("not needed").doesNotContain("Exception");
        assertThat(cli.run(PW, "key", "keep-alive", "idle", "maybe", "--password-stdin").code())
                .isEqualTo(ExitCode.USAGE);

        Result due = cli.run(PW, "guard", "keep-alive", "--password-stdin");
        assertThat(due.code()).as(due.toString()).isZero();
        assertThat(due.out()).contains("No keep-alive read is due");

        Result off = cli.run(PW, "key", "keep-alive", "idle", "off", "--password-stdin");
        assertThat(off.code()).as(off.toString()).isZero();
        Result audit = cli.run(PW, "audit", "--password-stdin", "--csv");
        assertThat(audit.out()).contains("keep-alive on").contains("keep-alive off");
    }
}
