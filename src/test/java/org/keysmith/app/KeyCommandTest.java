package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.sandbox.SandboxServer;
import org.keysmith.sandbox.SandboxTestKeys;
import org.keysmith.vault.TestVaults;
import org.keysmith.vault.Vault;

/** {@code keysmith key add} against the in-process sandbox, secrets piped in on standard input. */
class KeyCommandTest {
    private static final String MASTER = "master pw";
    @TempDir
    Path home;
    private final CliRun cli = new CliRun(new KeyCommand(v -> this.context));
    private AppContext context;
    private SandboxServer sandbox;

    @BeforeEach
    void vaultAndSandbox() throws Exception {
        context = TestContexts.context(home);
        context.session().create(MASTER.toCharArray());
        context.session().lock();
        context.sandbox().connection();
        sandbox = context.sandbox().server();
    }

    private int run(String stdin, String... args) {
        return cli.run(stdin, args);
    }

    private static String stdin(ApiCredentials k, String passphrase) {
        return MASTER + "\n" + k.apiKey() + "\n" + k.secretKey().exposeAsString() + "\n" + passphrase + "\n";
    }

    private Vault vault() throws Exception {
        return TestVaults.fastStore().unlock(home.resolve("vault.keysmith"), MASTER.toCharArray());
    }

    @Test
    void addsAVerifiedMainAccountKeyAndRecordsItWithoutTheSecret() throws Exception {
        ApiCredentials web = SandboxTestKeys.mainKey(sandbox, Permissions.of(Permission.READ, Permission.TRADE), "");
        int code = run(stdin(web, SandboxTestKeys.PASSPHRASE), "key", "add", "--site", "sandbox", "--name", "fromweb",
                "--password-stdin", "--secrets-stdin");
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("main account").contains("Warning:")
                .contains("Saved \"fromweb\" (Active)").doesNotContain(web.secretKey().exposeAsString());
        Vault v = vault();
        try {
            ApiKeyEntry e = v.entries().get(0);
            assertThat(e.secretKey().contentEquals(web.secretKey())).isTrue();
            assertThat(v.audit()).anyMatch(a -> a.action() == AuditAction.KEY_ADDED)
                    .noneMatch(a -> a.toString().contains(web.secretKey().exposeAsString()));
        } finally {
            v.lock();
        }
        assertThat(Files.readString(home.resolve("vault.keysmith"))).doesNotContain(web.secretKey().exposeAsString());
    }

    @Test
    void aWrongPassphraseSavesNothingAndSaysWhy() throws Exception {
        ApiCredentials web = SandboxTestKeys.mainKey(sandbox, Permissions.readOnly(), "");
        int code = run(stdin(web, "Wrong-pass1"), "key", "add", "--site", "sandbox", "--name", "x", "--password-stdin");
        assertThat(code).isEqualTo(KeyCommand.NOT_VERIFIED);
        assertThat(cli.err()).contains("passphrase is wrong").contains("Nothing was saved")
                .doesNotContain("Exception");
        Vault v = vault();
        try {
            assertThat(v.entries()).isEmpty();
        } finally {
            v.lock();
        }
    }

    @Test
    void anIpBoundKeyNeedsNoVerifyAndIsThenSavedUnverified() throws Exception {
        ApiCredentials web = SandboxTestKeys.mainKey(sandbox, Permissions.readOnly(), "203.0.113.9");
        assertThat(run(stdin(web, SandboxTestKeys.PASSPHRASE), "key", "add", "--site", "sandbox", "--name", "bound",
                "--password-stdin")).isEqualTo(KeyCommand.NOT_VERIFIED);
        assertThat(cli.err()).contains("--no-verify");
        assertThat(run(stdin(web, SandboxTestKeys.PASSPHRASE), "key", "add", "--site", "sandbox", "--name", "bound",
                "--password-stdin", "--no-verify")).isZero();
        Vault v = vault();
        try {
            assertThat(v.entries()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(KeyStatus.UNVERIFIED));
        } finally {
            v.lock();
        }
    }

    @Test
    void badArgumentsAndAWrongMasterPasswordAreOneLineErrors() {
        assertThat(run("", "key", "add", "--name", "x")).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("--site");
        assertThat(run("", "key", "add", "--site", "mars")).isEqualTo(Cli.ERROR);
        assertThat(cli.err()).contains("unknown site 'mars'");
        assertThat(run("nope\n", "key", "add", "--site", "sandbox", "--password-stdin"))
                .isEqualTo(VaultCommand.WRONG_PASSWORD);
        assertThat(cli.err()).startsWith("keysmith key: Wrong master password");
    }
}
