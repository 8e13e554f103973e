package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;

/**
 * Deployments and slots as a user meets them: real keysmith processes that run a real child (sh), export, show the
 * key, set slots and rotate, against the built-in Sandbox.
 */
@DisabledOnOs(OS.WINDOWS)
class DeploymentCommandTest {
    private static final String PW = "correct horse battery\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path home;
    private static CliRun cli;

    @BeforeAll
    static void aVault() {
        cli = new CliRun(home);
        Result v = cli.run(PW, "vault", "create", "--new-password-stdin");
        assertThat(v.code()).as(v.toString()).isZero();
    }

    private static JsonNode create(String name) throws Exception {
        Result r = cli.run(PW, "key", "create", "--password-stdin", "--name", name, "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "127.0.0.1", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode show(String name) throws Exception {
        Result r = cli.run(PW, "key", "show", "--password-stdin", name, "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void runAndExportRecordDeploymentsThatKeyShowAndKeyListShowWithoutTheSecret() throws Exception {
        JsonNode key = create("depbot");
        String secret = key.get("secretKey").asText();
        Result run = cli.run(PW, "run", "--password-stdin", "--key", "depbot", "--as", "freqtrade", "--deployment",
                "gridbot@vps-fra1", "--", "sh", "-c", "test -n \"$FREQTRADE__EXCHANGE__SECRET\"");
        assertThat(run.code()).as(run.toString()).isZero();
        Result again = cli.run(PW, "run", "--password-stdin", "--key", "depbot", "--", "true");
        assertThat(again.code()).as(again.toString()).isZero();
        Path out = home.resolve("hb.yml");
        Result export = cli.run(PW, "export", "--password-stdin", "--key", "depbot", "--format", "hummingbot",
                "--out", out.toString(), "--deployment", "hb-1");
        assertThat(export.code()).as(export.toString()).isZero();

        JsonNode shown = show("depbot");
        assertThat(shown.get("deployments")).hasSize(3);
        assertThat(shown.get("deployments").findValuesAsText("name"))
                .contains("gridbot@vps-fra1", "hb-1").anyMatch(n -> n.startsWith("okx@"));
        JsonNode grid = find(shown.get("deployments"), "gridbot@vps-fra1");
        assertThat(grid.get("via").asText()).isEqualTo("run");
        assertThat(grid.get("consumer").asText()).isEqualTo("freqtrade");
        assertThat(grid.get("host").asText()).isNotBlank();
        assertThat(grid.get("firstUsed").isNull()).isFalse();
        JsonNode hb = find(shown.get("deployments"), "hb-1");
        assertThat(hb.get("via").asText()).isEqualTo("export");
        assertThat(hb.get("detail").asText()).contains(out.toString());
        assertThat(shown.toString()).doesNotContain(secret);
        assertThat(shown.get("history").findValuesAsText("detail")).anyMatch(d -> d.contains("deployment hb-1"));

        Result text = cli.run(PW, "key", "show", "--password-stdin", "depbot");
        assertThat(text.out()).contains("deployments:").contains("gridbot@vps-fra1: freqtrade via run on ")
                .doesNotContain(secret);
        Result list = cli.run(PW, "key", "list", "--password-stdin");
        assertThat(list.out()).contains("DEPLOYED").contains("hb-1 (export), +2 more");
        Result badName = cli.run(PW, "run", "--password-stdin", "--key", "depbot", "--deployment", "a\tb", "--",
                "true");
        assertThat(badName.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badName.err()).contains("control characters").doesNotContain("\tat ");
        assertThat(Files.readString(home.resolve("vault.keysmith"), StandardCharsets.ISO_8859_1))
                .doesNotContain("gridbot@vps-fra1");
    }

    @Test
    void aSlotFollowsAFinishedRotationSoRunKeepsWorkingWithTheNewKey() throws Exception {
        JsonNode old = create("slotbot");
        Result set = cli.run(PW, "slot", "set", "--password-stdin", "gridbot", "--key", "slotbot");
        assertThat(set.code()).as(set.toString()).isZero();
        Result first = cli.run(PW, "run", "--password-stdin", "--key", "gridbot", "--", "sh", "-c",
                "echo \"key=$OKX_API_KEY\"");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("key=" + old.get("apiKey").asText());
        assertThat(first.err()).contains("Slot \"gridbot\" points at the key \"slotbot\"");

        Result rotate = cli.run(PW, "key", "rotate", "--password-stdin", "slotbot", "--json");
        assertThat(rotate.code()).as(rotate.toString()).isZero();
        String fresh = JSON.readTree(rotate.out()).get("apiKey").asText();
        Result finish = cli.run(PW, "key", "finish-rotation", "--password-stdin", "slotbot", "--yes");
        assertThat(finish.code()).as(finish.toString()).isZero();

        Result after = cli.run(PW, "run", "--password-stdin", "--key", "gridbot", "--", "sh", "-c",
                "echo \"key=$OKX_API_KEY\"");
        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(after.out()).contains("key=" + fresh);
        Result slots = cli.run(PW, "slot", "list", "--password-stdin", "--json");
        JsonNode slot = JSON.readTree(slots.out()).get(0);
        assertThat(slot.get("name").asText()).isEqualTo("gridbot");
        assertThat(slot.get("apiKey").asText()).isEqualTo(fresh);
    }

    @Test
    void revokeByDeploymentShowsWhichBotsStopAndRevokesOnlyThatDeploymentsKey() throws Exception {
        create("panicbot");
        create("calmbot");
        Result run = cli.run(PW, "run", "--password-stdin", "--key", "panicbot", "--deployment", "lane-7", "--",
                "true");
        assertThat(run.code()).as(run.toString()).isZero();
        Result plan = cli.run(PW, "revoke", "--password-stdin", "--deployment", "lane-7", "--dry-run");
        assertThat(plan.code()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("revoke  panicbot").contains("stops lane-7").doesNotContain("calmbot");
        Result none = cli.run(PW, "revoke", "--password-stdin", "--deployment", "no-such-lane", "--dry-run");
        assertThat(none.code()).as(none.toString()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(none.err()).contains("no-such-lane").doesNotContain("\tat ");
        Result revoke = cli.run(PW, "revoke", "--password-stdin", "--deployment", "lane-7", "--yes");
        assertThat(revoke.code()).as(revoke.toString()).isZero();
        assertThat(show("panicbot").get("status").asText()).isEqualTo("revoked");
        assertThat(show("calmbot").get("status").asText()).isEqualTo("active");
    }

    @Test
    void slotNamesAndKeyNamesNeverCollideAndMistakesHaveDocumentedCodes() throws Exception {
        create("clashbot");
        Result clash = cli.run(PW, "slot", "set", "--password-stdin", "clashbot", "--key", "clashbot");
        assertThat(clash.code()).as(clash.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(clash.err()).contains("already named \"clashbot\"").doesNotContain("\tat ");
        Result bad = cli.run(PW, "slot", "set", "--password-stdin", "bad name!", "--key", "clashbot");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        Result gone = cli.run(PW, "slot", "remove", "--password-stdin", "no-such-slot");
        assertThat(gone.code()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(gone.err()).contains("no slot named \"no-such-slot\"");
        Result unknown = cli.run(PW, "run", "--password-stdin", "--key", "nobot", "--", "true");
        assertThat(unknown.code()).isEqualTo(ExitCode.NOTHING_MATCHED);
    }

    @Test
    void aRunWritesNothingButTheVaultAndAProgramThatCannotStartExitsLikeAShell(@TempDir Path tmp) throws Exception {
        create("quietbot");
        CliRun quiet = new CliRun(home, Map.of("TMPDIR", tmp.toString(),
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp + " -XX:-UsePerfData"));
        Map<String, String> before = files(home);
        Result r = quiet.run(PW, "run", "--password-stdin", "--key", "quietbot", "--", "sh", "-c", "echo ok");
        assertThat(r.code()).as(r.toString()).isZero();
        Map<String, String> after = files(home);
        Set<String> touched = new TreeSet<>(after.keySet());
        touched.removeIf(f -> after.get(f).equals(before.get(f)));
        before.keySet().stream().filter(f -> !after.containsKey(f)).forEach(touched::add);
        // The Sandbox is this key's exchange and runs inside Keysmith; a live key's run never starts it.
        touched.remove("sandbox-state.json");
        assertThat(touched).as("files written or removed in the data folder").isNotEmpty()
                .allMatch(f -> f.equals("vault.keysmith") || f.matches("vault\\.keysmith\\.bak\\d"));
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("temporary files").isEmpty();
        }
        Path script = home.resolve("not-executable.sh");
        Files.writeString(script, "#!/bin/sh\necho hi\n");
        Result notExec = cli.run(PW, "run", "--password-stdin", "--key", "quietbot", "--", script.toString());
        assertThat(notExec.code()).as(notExec.toString()).isEqualTo(126);
        assertThat(notExec.err()).contains("not executable");
        Result missing = cli.run(PW, "run", "--password-stdin", "--key", "quietbot", "--", "no-such-program-xyz");
        assertThat(missing.code()).as(missing.toString()).isEqualTo(127);
        assertThat(missing.err()).contains("no such program");
    }

    /** Every file under {@code dir} (relative name) with its size and modification time. */
    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.size(p) + "/" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no deployment " + name + " in " + array);
    }
}
