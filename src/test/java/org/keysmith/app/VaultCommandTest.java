package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.service.AppPaths;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;
import org.keysmith.vault.VaultStore;

class VaultCommandTest {
    @TempDir
    Path home;
    private final VaultStore store = TestVaults.fastStore();
    private final CliRun cli = new CliRun(new VaultCommand(store, v -> AppPaths.resolve(Map.of("KEYSMITH_HOME",
            home.toString()), "Linux", home.toString(), v)));

    private int run(String stdin, String... args) {
        return cli.run(stdin, args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void createListAndChangePasswordThroughStdin() throws Exception {
        assertThat(run("first pw\n", "vault", "create", "--password-stdin")).isZero();
        assertThat(out()).contains("Created the vault " + home.resolve("vault.keysmith"));
        Vault v = store.unlock(home.resolve("vault.keysmith"), "first pw".toCharArray());
        v.putEntry(TestVaults.entry("bot1", "SECRET-ONE"));
        v.save();
        v.lock();
        assertThat(run("first pw\n", "vault", "list", "--password-stdin")).isZero();
        assertThat(out()).contains("bot1").contains("TradingDesk01").contains("Read, Trade").contains("Active")
                .contains("1 key(s).").doesNotContain("SECRET-ONE").doesNotContain("Pass-bot11");
        assertThat(run("first pw\nsecond pw\n", "vault", "change-password", "--password-stdin")).isZero();
        assertThat(run("first pw\n", "vault", "list", "--password-stdin")).isEqualTo(VaultCommand.WRONG_PASSWORD);
        assertThat(err()).startsWith("keysmith vault: Wrong master password").doesNotContain("\n\t");
        assertThat(run("second pw\r\n", "vault", "list", "--password-stdin")).isZero();
    }

    @Test
    void exitCodesForDamagedMissingAndBadUsage() throws Exception {
        Path custom = home.resolve("other/v.keysmith");
        assertThat(run("pw\n", "vault", "create", "--vault", custom.toString(), "--password-stdin")).isZero();
        assertThat(custom).exists();
        Files.writeString(custom, "{\"format\":\"keysmith-vault\"");
        assertThat(run("pw\n", "vault", "list", "--vault", custom.toString(), "--password-stdin"))
                .isEqualTo(VaultCommand.DAMAGED);
        assertThat(err()).contains("damaged").hasLineCount(1);
        assertThat(run("pw\n", "vault", "list", "--password-stdin")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("There is no vault");
        assertThat(run("", "vault", "list")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("--password-stdin");
        assertThat(run("", "vault", "frobnicate")).isEqualTo(Cli.ERROR);
        assertThat(run("", "vault", "list", "--bogus")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("unknown option '--bogus'");
        assertThat(run("\n", "vault", "create", "--password-stdin")).isEqualTo(Cli.ERROR);
        assertThat(err()).contains("must not be empty");
    }

    @Test
    void keysmithVaultEnvironmentVariableIsHonoured() {
        AppPaths p = AppPaths.resolve(Map.of("KEYSMITH_VAULT", "/x/y.keysmith"), "Linux", "/h", Optional.empty());
        assertThat(p.vaultFile()).isEqualTo(Path.of("/x/y.keysmith"));
    }
}
