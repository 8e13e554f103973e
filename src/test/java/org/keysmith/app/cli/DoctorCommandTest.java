package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;

/**
 * {@code keysmith doctor} as a separate process against the built-in Sandbox: a healthy vault key exits 0 with
 * every check in its JSON; a pasted key's faults exit 7 and are named; the typed secret key and passphrase appear
 * in no output, even when OKX refuses them.
 */
class DoctorCommandTest {
    private static final String PW = "correct horse battery\n";
    private static final String SECRET = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    private static final String PASS = "Wrong-pass9%";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path home;

    @Test
    void aVaultKeyAndPastedKeysAreDiagnosedWithoutPrintingASecret() throws Exception {
        CliRun cli = new CliRun(home);
        assertThat(cli.run(PW, "vault", "create", "--new-password-stdin").code()).isZero();
        Result created = cli.run(PW, "key", "create", "--password-stdin", "--name", "doc1", "--sub-account",
                "TradingDesk01", "--perm", "read", "--ip", "127.0.0.1", "--json");
        assertThat(created.code()).as(created.toString()).isZero();
        String apiKey = JSON.readTree(created.out()).get("apiKey").asText();

        Result healthy = cli.run(PW, "doctor", "doc1", "--json", "--password-stdin");
        assertThat(healthy.code()).as(healthy.toString()).isZero();
        JsonNode report = JSON.readTree(healthy.out());
        assertThat(report.get("fault").asBoolean()).isFalse();
        assertThat(report.get("checks").size()).isEqualTo(8);
        assertThat(report.get("workingSite").asText()).isEqualTo("the Sandbox");

        Result text = cli.run(PW, "doctor", "doc1", "--password-stdin");
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).contains("ok      passphrase").contains("No fault");

        Result passphrase = cli.run(PW + SECRET + "\n" + PASS + "\n", "doctor", "--api-key", apiKey, "--site",
                "sandbox", "--secrets-stdin", "--password-stdin", "--json");
        assertThat(passphrase.code()).as(passphrase.toString()).isEqualTo(ExitCode.KEY_FAULT);
        JsonNode bad = JSON.readTree(passphrase.out());
        assertThat(bad.get("fault").asBoolean()).isTrue();
        assertThat(faultTopics(bad)).containsExactly("passphrase");
        assertNoSecret(passphrase);

        Result demo = cli.run(PW + SECRET + "\n" + PASS + "\n", "doctor", "--api-key", apiKey, "--site",
                "sandbox", "--demo", "--secrets-stdin", "--password-stdin");
        assertThat(demo.code()).as(demo.toString()).isEqualTo(ExitCode.KEY_FAULT);
        assertThat(demo.out()).contains("FAULT   environment").contains("Live key, used as Demo")
                .contains("FAULT   passphrase");
        assertNoSecret(demo);

        Result unknown = cli.run(PW + SECRET + "\n" + PASS + "\n", "doctor", "--api-key",
                "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b", "--site", "sandbox", "--secrets-stdin", "--password-stdin");
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(ExitCode.KEY_FAULT);
        assertThat(unknown.out()).contains("does not know this API key (50119)");
        assertNoSecret(unknown);
    }

    @Test
    void wrongUsageAndUnknownKeysHaveTheirCodes() {
        CliRun cli = new CliRun(home);
        assertThat(cli.run(PW, "vault", "create", "--new-password-stdin").code()).isZero();
        Result noTerminal = cli.run(PW, "doctor", "--api-key", "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b",
                "--password-stdin");
        assertThat(noTerminal.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noTerminal.err()).contains("--secrets-stdin");
        assertThat(cli.run(PW, "doctor", "nosuchkey", "--site", "eea", "--password-stdin").code())
                .isEqualTo(ExitCode.USAGE);
        Result missing = cli.run(PW, "doctor", "nosuchkey", "--password-stdin");
        assertThat(missing.code()).as(missing.toString()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(missing.err()).doesNotContain("Exception");
    }

    private static List<String> faultTopics(JsonNode report) {
        List<String> topics = new ArrayList<>();
        for (JsonNode c : report.get("checks")) {
            if ("fault".equals(c.get("verdict").asText())) {
                topics.add(c.get("topic").asText());
            }
        }
        return topics;
    }

    private static void assertNoSecret(Result r) {
        assertThat(r.out() + r.err()).doesNotContain(SECRET).doesNotContain(PASS);
    }
}
