package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.CliRun;
import org.keysmith.app.CliRun.Result;

/**
 * The command line as a user on a server drives it: each command a separate process ({@link CliRun}) against the
 * built-in Sandbox (its state kept in the home, as in production), no terminal, the master password on standard
 * input. One vault and one Sandbox for the whole class; the tests run in the order of a key's life.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliCommandsTest {
    private static final String MASTER = "correct horse battery";
    private static final String PW = MASTER + "\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path home;
    private static CliRun cli;
    private static String firstSecret;

    @BeforeAll
    static void aVault() {
        cli = new CliRun(home);
        Result r = cli.run(MASTER + "\n", "vault", "create", "--new-password-stdin");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Created the vault");
    }

    private static Result run(String stdin, String... args) {
        return cli.run(stdin, args);
    }

    @Test
    @Order(1)
    void aCreateOnASubAccountThatDoesNotExistIsExitFive() {
        Result noSub = run(PW, "key", "create", "--password-stdin", "--name", "bot1", "--sub-account", "Nobody001");
        assertThat(noSub.code()).as(noSub.toString()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(noSub.err()).contains("no sub-account \"Nobody001\"").contains("TradingDesk01");
    }

    @Test
    @Order(2)
    void createPrintsTheSecretOnceAsJsonAndKeepsIt() throws Exception {
        Result r = run(PW, "key", "create", "--password-stdin", "--name", "bot1", "--sub-account", "TradingDesk01",
                "--perm", "trade", "--ip", "127.0.0.1", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode key = JSON.readTree(r.out());
        assertThat(key.get("name").asText()).isEqualTo("bot1");
        assertThat(key.get("subAcct").asText()).isEqualTo("TradingDesk01");
        assertThat(key.get("perm").asText()).isEqualTo("read_only,trade");
        assertThat(key.get("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(key.get("status").asText()).isEqualTo("active");
        assertThat(key.get("connection").asText()).isEqualTo("sandbox");
        firstSecret = key.get("secretKey").asText();
        assertThat(firstSecret).isNotBlank();
        assertThat(key.get("passphrase").asText()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(r.err()).doesNotContain(firstSecret);
        assertThat(Files.readString(home.resolve("vault.keysmith"))).doesNotContain(firstSecret);
    }

    @Test
    @Order(3)
    void listAsJsonHasNoSecretsAndFiltersByStatus() throws Exception {
        Result r = run(PW, "key", "list", "--password-stdin", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode keys = JSON.readTree(r.out());
        assertThat(keys.isArray()).isTrue();
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).has("secretKey")).isFalse();
        assertThat(r.out()).doesNotContain(firstSecret);
        Result none = run(PW, "key", "list", "--password-stdin", "--status", "revoked");
        assertThat(none.code()).as(none.toString()).isEqualTo(ExitCode.NOTHING_MATCHED);
    }

    @Test
    @Order(4)
    void verifyAsksTheExchangeWithTheKeysOwnSignature() throws Exception {
        Result r = run(PW, "key", "verify", "bot1", "--password-stdin", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode v = JSON.readTree(r.out()).get(0);
        assertThat(v.get("verified").asBoolean()).isTrue();
        assertThat(v.get("lastVerified").isNull()).isFalse();
        Result missing = run(PW, "key", "show", "nosuch", "--password-stdin");
        assertThat(missing.code()).isEqualTo(ExitCode.NOTHING_MATCHED);
        assertThat(missing.err()).contains("no key named \"nosuch\"").contains("bot1");
    }

    @Test
    @Order(5)
    void rotateWritesTheNewSecretToAnOwnerOnlyFileAndNeverOverwritesOne() throws Exception {
        Path out = home.resolve("bot1-new.json");
        Result r = run(PW, "key", "rotate", "bot1", "--password-stdin", "--grace", "1h", "--secret-out",
                out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Rotating \"bot1\"").contains(out.toString());
        JsonNode key = JSON.readTree(Files.readString(out));
        assertThat(key.get("secretKey").asText()).isNotBlank().isNotEqualTo(firstSecret);
        assertThat(r.out()).doesNotContain(key.get("secretKey").asText());
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        }
    }

    @Test
    @Order(6)
    void destructiveCommandsRunWithYes() throws Exception {
        Result done = run(PW, "key", "finish-rotation", "bot1", "--password-stdin", "--yes");
        assertThat(done.code()).as(done.toString()).isZero();
        assertThat(done.out()).contains("the old key \"bot1\" was revoked");
        Result revoke = run(PW, "key", "revoke", "bot1r2", "--password-stdin", "--yes");
        assertThat(revoke.code()).as(revoke.toString()).isZero();
        JsonNode keys = JSON.readTree(run(PW, "key", "list", "--password-stdin", "--json").out());
        assertThat(keys).extracting(k -> k.get("status").asText()).containsOnly("revoked");
    }

    @Test
    @Order(7)
    void auditShowsTheLifeOfTheKeyAsCsv() {
        Result r = run(PW, "audit", "--password-stdin", "--key", "bot1", "--csv");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("time,action,key,key_id,detail").contains("KEY_CREATED", "KEY_ROTATED",
                "KEY_REVOKED").doesNotContain(firstSecret);
    }

    @Test
    @Order(8)
    void wrongPasswordIsExitTwoAndAMissingVaultExitOne() {
        Result wrong = run("not it\n", "key", "list", "--password-stdin");
        assertThat(wrong.code()).as(wrong.toString()).isEqualTo(ExitCode.WRONG_PASSWORD);
        assertThat(wrong.err()).doesNotContain("\tat ", "Exception");
        Result missing = run(PW, "key", "list", "--password-stdin", "--vault", home.resolve("none.keysmith")
                .toString());
        assertThat(missing.code()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).contains("there is no vault").contains("keysmith vault create");
    }

    @Test
    @Order(9)
    void aDamagedVaultIsExitThree() throws Exception {
        Path bad = home.resolve("damaged.keysmith");
        Files.copy(home.resolve("vault.keysmith"), bad);
        byte[] b = Files.readAllBytes(bad);
        for (int i = b.length / 2; i < b.length / 2 + 40; i++) {
            b[i] = (byte) (b[i] == 'A' ? 'B' : 'A');
        }
        Files.write(bad, b);
        Result r = run(PW, "vault", "check", "--password-stdin", "--vault", bad.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.DAMAGED_VAULT);
        Result good = run(PW, "vault", "check", "--password-stdin");
        assertThat(good.code()).as(good.toString()).isZero();
        assertThat(good.out()).contains("opens with this password").contains("Backup ");
    }

    @Test
    @Order(10)
    void thePasswordFileMustBePrivateAndSystemdCredentialsWork() throws Exception {
        Path file = Files.writeString(home.resolve("master.txt"), MASTER + "\n");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            Result open = run("", "key", "list", "--password-file", file.toString());
            assertThat(open.code()).isEqualTo(ExitCode.ERROR);
            assertThat(open.err()).contains("can be read or changed by others").contains("chmod 600");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        Result ok = run("", "key", "list", "--password-file", file.toString());
        assertThat(ok.code()).as(ok.toString()).isZero();
        Path creds = Files.createDirectories(home.resolve("creds"));
        Files.copy(file, creds.resolve("keysmith-master"));
        Result systemd = new CliRun(home, Map.of("CREDENTIALS_DIRECTORY", creds.toString())).run("", "key", "list");
        assertThat(systemd.code()).as(systemd.toString()).isZero();
    }

    @Test
    @Order(11)
    void syncComparesTheVaultWithTheExchange() {
        Result sync = run(PW, "sync", "--password-stdin", "--connection", "sandbox");
        assertThat(sync.code()).as(sync.toString()).isZero();
        assertThat(sync.out()).startsWith("sandbox: ");
    }
}
