package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;
import org.keysmith.service.guardian.scan.Git;

/**
 * {@code keysmith scan} as a child process on a vault with one key made on the built-in Sandbox: the key's secret
 * is planted in a file and in a commit a later commit removed; the scan names file, line, commit and key, exits 6,
 * and never prints the secret or the passphrase, in text or JSON.
 */
class ScanCommandTest {
    private static final String PW = "correct horse battery\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path home;
    private static CliRun cli;
    private static String secret;
    private static String passphrase;

    @BeforeAll
    static void aVaultWithAKey() throws Exception {
        cli = new CliRun(home);
        Result created = cli.run(PW, "vault", "create", "--new-password-stdin");
        assertThat(created.code()).as(created.toString()).isZero();
        Result key = cli.run(PW, "key", "create", "--password-stdin", "--name", "bot1", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "127.0.0.1", "--json");
        assertThat(key.code()).as(key.toString()).isZero();
        JsonNode k = JSON.readTree(key.out());
        secret = k.get("secretKey").asText();
        passphrase = k.get("passphrase").asText();
    }

    @Test
    void findsTheKeyInAFileAndInHistoryAndNeverPrintsIt() throws Exception {
        assumeTrue(new Git("git").available(), "git is not installed");
        Path tree = home.resolve("bots");
        Path repo = tree.resolve("grid");
        Files.createDirectories(repo);
        Files.writeString(tree.resolve("notes.txt"), "todo\nokx passphrase " + passphrase + "\n");
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("config.json"), "{\n  \"exchange\": {\n    \"secret\": \"" + secret
                + "\"\n  }\n}\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "config");
        String leaking = git(repo, "rev-parse", "HEAD");
        Files.writeString(repo.resolve("config.json"), "{}\n");
        git(repo, "commit", "-q", "-am", "no secret in git");

        Result text = cli.run(PW, "scan", tree.toString(), "--password-stdin");
        assertThat(text.code()).as(text.toString()).isEqualTo(ExitCode.LEAK_FOUND);
        assertThat(text.out()).contains("notes.txt:2  passphrase of \"bot1\"")
                .contains("config.json:3 (commit " + leaking.substring(0, 12) + ")  secret key of \"bot1\"")
                .contains("2 commit(s) in 1 repository").contains("keysmith revoke --key bot1" + System.lineSeparator())
                .contains("keysmith key rotate NAME --grace 0s");
        assertNoSecret(text);

        Result json = cli.run(PW, "scan", tree.toString(), "--password-stdin", "--json");
        assertThat(json.code()).as(json.toString()).isEqualTo(ExitCode.LEAK_FOUND);
        JsonNode hits = JSON.readTree(json.out()).get("hits");
        List<String> found = new ArrayList<>();
        hits.forEach(h -> found.add(Path.of(h.get("path").asText()).getFileName() + ":" + h.get("line").asLong()
                + ":" + h.get("commit").asText() + ":" + h.get("kind").asText() + ":"
                + h.get("keys").get(0).get("name").asText()));
        assertThat(found).containsExactlyInAnyOrder("notes.txt:2:null:passphrase:bot1",
                "config.json:3:" + leaking + ":secret_key:bot1");
        assertNoSecret(json);

        Result filesOnly = cli.run(PW, "scan", repo.toString(), "--no-history", "--password-stdin");
        assertThat(filesOnly.code()).as(filesOnly.toString()).isZero();
        assertThat(filesOnly.out()).contains("No secret of the vault");
    }

    @Test
    void preCommitRefusesStagedSecretsOnly() throws Exception {
        assumeTrue(new Git("git").available(), "git is not installed");
        Path repo = home.resolve("hooked");
        Files.createDirectories(repo);
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("a.env"), "A=1\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "start");
        Files.writeString(repo.resolve("a.env"), "A=1\nOKX_SECRET=" + secret + "\n");

        Result unstaged = cli.run(PW, "scan", "--pre-commit", repo.toString(), "--password-stdin");
        assertThat(unstaged.code()).as(unstaged.toString()).isZero();
        git(repo, "add", "a.env");
        Result staged = cli.run(PW, "scan", "--pre-commit", repo.toString(), "--password-stdin");
        assertThat(staged.code()).as(staged.toString()).isEqualTo(ExitCode.LEAK_FOUND);
        assertThat(staged.out()).contains("a.env:2 (staged)  secret key of \"bot1\"").contains("Commit refused");
        assertNoSecret(staged);
    }

    @Test
    void badInputIsAUsageErrorBeforeThePasswordIsRead() {
        Result missing = cli.run("", "scan", home.resolve("nowhere").toString());
        assertThat(missing.code()).as(missing.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("does not exist").doesNotContain("\tat ");
        Result none = cli.run("", "scan");
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        Result size = cli.run("", "scan", home.toString(), "--max-file-size", "big");
        assertThat(size.code()).isEqualTo(ExitCode.USAGE);
        assertThat(size.err()).contains("--max-file-size");
    }

    private static void assertNoSecret(Result r) {
        assertThat(r.out() + r.err()).doesNotContain(secret).doesNotContain(passphrase);
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + out);
        }
        return out.strip();
    }
}
