package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;
import org.keysmith.app.CliTestMain;

/**
 * {@code keysmith guard ip} as separate processes against the built-in Sandbox, with this computer's address read
 * from a file the test writes: the first address is remembered, a change re-binds the key on the exchange with the
 * old address kept, and a later run takes the old address off once the overlap is over.
 */
class GuardIpCommandTest {
    private static final String PW = "correct horse battery\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path home;

    private String ipOnExchange(String label) throws Exception {
        for (JsonNode k : JSON.readTree(home.resolve("sandbox-state.json").toFile()).get("keys")) {
            if (k.get("label").asText().equals(label)) {
                return k.get("ip").asText();
            }
        }
        throw new AssertionError("no key " + label);
    }

    private void here(String ip) throws Exception {
        Files.writeString(home.resolve(CliTestMain.IP_FILE), ip + "\n");
    }

    @Test
    void aChangedAddressIsReboundWithOverlapAndTheOldOneRemovedOnALaterRun() throws Exception {
        CliRun cli = new CliRun(home);
        assertThat(cli.run(PW, "vault", "create", "--new-password-stdin").code()).isZero();
        Result k = cli.run(PW, "key", "create", "--password-stdin", "--name", "desk", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "203.0.113.7", "--json");
        assertThat(k.code()).as(k.toString()).isZero();
        here("203.0.113.7");
        Result first = cli.run(PW, "guard", "ip", "--password-stdin");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("has not changed");

        here("198.51.100.9");
        Result asked = cli.run(PW, "guard", "ip", "--password-stdin");
        assertThat(asked.code()).as("nobody to ask: " + asked).isEqualTo(ExitCode.USAGE);
        assertThat(asked.err()).contains("--yes");
        assertThat(ipOnExchange("desk")).isEqualTo("203.0.113.7");

        Result rebound = cli.run(PW, "guard", "ip", "--overlap", "0s", "--yes", "--json", "--password-stdin");
        assertThat(rebound.code()).as(rebound.toString()).isZero();
        JsonNode r = JSON.readTree(rebound.out());
        assertThat(r.get("changes").get(0).get("oldIp").asText()).isEqualTo("203.0.113.7");
        assertThat(r.get("changes").get(0).get("rebound").get(0).asText()).isEqualTo("desk");
        assertThat(r.get("pending").get(0).get("key").asText()).isEqualTo("desk");
        assertThat(ipOnExchange("desk")).isEqualTo("203.0.113.7,198.51.100.9");

        Result later = cli.run(PW, "guard", "ip", "--json", "--password-stdin");
        assertThat(later.code()).as(later.toString()).isZero();
        JsonNode l = JSON.readTree(later.out());
        assertThat(l.get("removed").get(0).asText()).startsWith("203.0.113.7 taken off desk");
        assertThat(l.get("pending")).isEmpty();
        assertThat(l.get("changes")).isEmpty();
        assertThat(ipOnExchange("desk")).isEqualTo("198.51.100.9");

        Result audit = cli.run(PW, "audit", "--password-stdin", "--csv");
        assertThat(audit.out()).contains("IP guardian: added 198.51.100.9").contains("IP guardian: removed "
                + "203.0.113.7");
        assertThat(cli.run(PW, "guard", "ip", "--dismiss", "--yes", "--password-stdin").code())
                .isEqualTo(ExitCode.USAGE);
    }
}
