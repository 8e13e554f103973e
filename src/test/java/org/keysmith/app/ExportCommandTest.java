package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Permission;
import org.keysmith.service.ServiceFixture;

/**
 * {@code keysmith export} end to end: stdout with a warning, --out owner-only, the audit event saved in the vault,
 * wrong password, damaged vault, unknown or ambiguous key.
 */
class ExportCommandTest {
    private static final String MASTER = "master pw";
    @TempDir
    Path home;
    private final CliRun cli = new CliRun(new ExportCommand(v -> this.context));
    private AppContext context;
    private String secret;
    private ApiKeyEntry key;

    @BeforeEach
    void vaultWithAKey() throws Exception {
        context = TestContexts.context(home);
        context.session().create(MASTER.toCharArray());
        key = context.keys().create(context.sandbox().connection(), ServiceFixture.request("bot7", "127.0.0.1",
                Permission.READ, Permission.TRADE)).entry();
        secret = key.secretKey().exposeAsString();
        context.session().save();
        context.session().lock();
    }

    private int run(String stdin, String... args) {
        return cli.run(stdin, args);
    }

    @Test
    void printsToStdoutWithAWarningOrWritesAnOwnerOnlyFile() throws Exception {
        assertThat(run(MASTER + "\n", "export", "--key", "bot7", "--format", "ccxt", "--password-stdin")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).get("secret").asText())
                .isEqualTo(secret);
        assertThat(cli.err()).contains("plain text");

        Path file = home.resolve("bot7.env");
        assertThat(run(MASTER + "\n", "export", "--key", "bot7", "--format", "env", "--prefix", "BOT7_",
                "--out", file.toString(), "--password-stdin")).isZero();
        assertThat(Files.readString(file)).contains("BOT7_API_SECRET='" + secret + "'");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(cli.out()).contains("owner-only").doesNotContain(secret);
        assertThat(run(MASTER + "\n", "export", "--key", "bot7", "--format", "env", "--out", file.toString(),
                "--password-stdin")).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("already exists");
    }

    @Test
    void wrongPasswordUnknownKeyAndUnknownFormatAreOneLineErrors() {
        assertThat(run("nope\n", "export", "--key", "bot7", "--format", "ccxt", "--password-stdin"))
                .isEqualTo(VaultCommand.WRONG_PASSWORD);
        assertThat(cli.out()).isEmpty();
        assertThat(run(MASTER + "\n", "export", "--key", "nobot", "--format", "ccxt", "--password-stdin"))
                .isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("no key named \"nobot\"").contains("bot7");
        assertThat(run("", "export", "--key", "bot7", "--format", "yaml")).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("freqtrade, hummingbot");
    }

    private java.util.List<org.keysmith.domain.AuditEvent> exportsInTheVault() throws Exception {
        context.session().unlock(MASTER.toCharArray());
        try {
            return context.session().vault().audit().stream()
                    .filter(e -> e.action() == org.keysmith.domain.AuditAction.KEY_EXPORTED).toList();
        } finally {
            context.session().lock();
        }
    }

    @Test
    void eachExportIsSavedInTheVaultsAuditLogWithoutTheSecret() throws Exception {
        Path file = home.resolve("ft.json");
        assertThat(run(MASTER + "\n", "export", "--key", "bot7", "--format", "freqtrade", "--out", file.toString(),
                "--password-stdin")).isZero();
        assertThat(run(MASTER + "\n", "export", "--key", "bot7", "--format", "python-okx", "--password-stdin"))
                .isZero();
        assertThat(cli.out()).contains("\"api_secret_key\" : \"" + secret + "\"");
        var events = exportsInTheVault();
        assertThat(events).extracting(org.keysmith.domain.AuditEvent::detail).containsExactly(
                "exported as freqtrade to file " + file.toAbsolutePath() + " (plaintext)",
                "exported as python-okx to standard output (plaintext)");
        assertThat(events.toString()).doesNotContain(secret);
    }

    @Test
    void ambiguousNamesPrefixOutsideEnvAndADamagedVault() throws Exception {
        context.session().unlock(MASTER.toCharArray());
        ApiKeyEntry twin = org.keysmith.vault.TestVaults.entry("bot7", "TWINSECRET");
        context.session().vault().putEntry(twin);
        context.session().save();
        context.session().lock();
        assertThat(run(MASTER + "\n", "export", "--key", "bot7", "--format", "env", "--password-stdin"))
                .isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("several keys are named \"bot7\"")
                .contains(key.id()).contains(twin.id());
        assertThat(run(MASTER + "\n", "export", "--key", key.id(), "--format", "env", "--password-stdin")).isZero();
        assertThat(cli.out()).contains("OKX_API_SECRET='" + secret + "'");

        assertThat(run("", "export", "--key", "bot7", "--format", "ccxt", "--prefix", "X_")).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("--prefix is for --format env only");

        Path other = home.resolve("other");
        AppContext damaged = TestContexts.context(other);
        Files.createDirectories(damaged.paths().vaultFile().getParent());
        Files.writeString(damaged.paths().vaultFile(), "{\"format\":\"keysmith-vault\",\"version\":1,\"garbage\":");
        CliRun onDamaged = new CliRun(new ExportCommand(v -> damaged));
        int code = onDamaged.run(MASTER + "\n", "export", "--key", "bot7", "--format", "ccxt", "--password-stdin");
        assertThat(code).as(onDamaged.err()).isEqualTo(VaultCommand.DAMAGED);
        assertThat(onDamaged.out()).isEmpty();
    }
}
