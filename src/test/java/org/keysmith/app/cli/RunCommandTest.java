package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;

/** keysmith run as a user starts it: a real keysmith process that starts a real child (sh). */
@DisabledOnOs(OS.WINDOWS)
class RunCommandTest {
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
        Result r = cli.run(PW, "key", "create", "--password-stdin", "--name", "runbot", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "127.0.0.1", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode key = new ObjectMapper().readTree(r.out());
        secret = key.get("secretKey").asText();
        passphrase = key.get("passphrase").asText();
    }

    @Test
    void theChildGetsTheKeyInItsEnvironmentAndItsOutputIsMasked() throws Exception {
        Result r = cli.run(PW, "run", "--password-stdin", "--key", "runbot", "--", "sh", "-c",
                "echo \"s=$OKX_API_SECRET p=$OKX_API_PASSPHRASE f=$OKX_FLAG\"; echo \"$OKX_API_SECRET\" >&2; exit 7");
        assertThat(r.code()).as(r.toString()).isEqualTo(7);
        assertThat(r.out()).contains("s=*** p=*** f=0").doesNotContain(secret);
        assertThat(r.err()).contains("***").doesNotContain(secret).doesNotContain(passphrase);
        assertThat(Files.readString(home.resolve("vault.keysmith"))).doesNotContain(secret);
        Result audit = cli.run(PW, "audit", "--password-stdin", "--key", "runbot");
        assertThat(audit.out()).contains("KEY_DEPLOYED").contains("handed to sh");
    }

    @Test
    void withRelayTheChildGetsTheRelayAndARelayCredentialNeverTheSecret() {
        Result r = cli.run(PW, "run", "--password-stdin", "--key", "runbot", "--relay", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), RelayChildMain.class.getName());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("env OKX_BASE_URL=http://127.0.0.1:").contains("env OKX_API_SECRET=***")
                .contains("answer 200 ").contains("\"label\":\"runbot\"")
                .contains("env KEYSMITH_RELAY_WS_URL=ws://127.0.0.1:").contains("ws-login {\"event\":\"login\"")
                .contains("\"code\":\"0\"");
        assertThat(r.out() + r.err()).doesNotContain(secret).doesNotContain(passphrase);
        assertThat(r.err()).contains("relay on http://127.0.0.1:").contains("relay stopped: ");
        Result audit = cli.run(PW, "audit", "--password-stdin", "--key", "runbot");
        assertThat(audit.out()).contains("keysmith run --relay");
    }

    @Test
    void optionsAfterTheCommandBelongToTheChild() {
        Result r = cli.run(PW, "run", "--password-stdin", "--key", "runbot", "--as", "env", "--prefix", "BOT_",
                "--", "sh", "-c", "echo \"$BOT_FLAG $1\"", "sh", "--key");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("0 --key");
    }

    @Test
    void badInputIsAClearErrorWithADocumentedCode() {
        Result format = cli.run(PW, "run", "--password-stdin", "--key", "runbot", "--as", "hummingbot", "--", "true");
        assertThat(format.code()).isEqualTo(ExitCode.USAGE);
        assertThat(format.err()).contains("not a format").doesNotContain("\tat ");
        Result unknown = cli.run(PW, "run", "--password-stdin", "--key", "nobot", "--", "true");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("no key named \"nobot\"").doesNotContain("\tat ");
        Result missing = cli.run(PW, "run", "--password-stdin", "--key", "runbot", "--", "no-such-program-xyz");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("no-such-program-xyz").doesNotContain(secret);
    }
}
