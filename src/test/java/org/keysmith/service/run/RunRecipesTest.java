package org.keysmith.service.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.domain.Slot;
import org.keysmith.service.Deployments;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.export.ExportService;

/** The command line and systemd unit of "Run a bot…", and that the docs show exactly what it makes. */
class RunRecipesTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private RunRecipes recipes;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        recipes = new RunRecipes(new ExportService(f.keys, f.connections, new Deployments(f.session,
                Clock.systemUTC())));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static ApiKeyEntry key(Site site, Environment env) {
        return ApiKeyEntry.builder().id("k1").name("bot1").permissions(Permissions.of(Permission.READ))
                .apiKey("api-1").secrets(Secret.copyOf("TOPSECRET-1".toCharArray()),
                        Secret.copyOf("Pass-Phrase-1".toCharArray()))
                .site(site).environment(env).status(KeyStatus.ACTIVE).created(Instant.now()).build();
    }

    private static RunRecipes.Inputs inputs(String key, EnvFormat format, String deployment) {
        return new RunRecipes.Inputs(key, format, deployment, RunRecipes.defaultCommand(format), "trader",
                "/home/trader/.keysmith");
    }

    @Test
    void aSlotsUnitLoadsTheMasterPasswordAsAnEncryptedCredentialAndHoldsNoSecret() throws Exception {
        ApiKeyEntry e = key(Site.GLOBAL, Environment.LIVE);
        List<Slot> slots = List.of(new Slot("gridbot", e.id(), Instant.now()));
        RunRecipes.Recipe r = recipes.recipe(e, slots, inputs("gridbot", EnvFormat.FREQTRADE, ""));
        assertThat(r.commandLine()).isEqualTo("keysmith run --key gridbot --as freqtrade -- freqtrade trade "
                + "--config /home/trader/config.json");
        assertThat(r.unitName()).isEqualTo("gridbot.service");
        assertThat(r.unit()).contains("LoadCredentialEncrypted=keysmith-master:/etc/credstore.encrypted/"
                + "keysmith-master\n", "User=trader\n", "Environment=KEYSMITH_HOME=/home/trader/.keysmith\n",
                "ExecStart=/opt/keysmith/bin/keysmith run --key gridbot --as freqtrade -- freqtrade",
                "KillMode=mixed\n");
        assertThat(r.credentialSetup()).contains("systemd-creds encrypt --name=keysmith-master");
        assertThat(r.notes()).noneMatch(n -> n.contains("slot set"));
        assertThat(String.join("\n", r.commandLine(), r.unit(), r.credentialSetup(), String.join("\n", r.notes())))
                .doesNotContain("TOPSECRET-1").doesNotContain("Pass-Phrase-1");
    }

    @Test
    void demoAndEeaKeysGetTheConfigSwitchTheirConsumerNeedsAndADeploymentNameIsQuoted() throws Exception {
        ApiKeyEntry demo = key(Site.GLOBAL, Environment.DEMO);
        RunRecipes.Recipe fd = recipes.recipe(demo, List.of(), inputs("bot1", EnvFormat.FREQTRADE, "grid bot@fra1"));
        assertThat(fd.commandLine()).isEqualTo("keysmith run --key bot1 --as freqtrade --switch-in-config "
                + "--deployment 'grid bot@fra1' -- freqtrade trade --config /home/trader/config.json");
        assertThat(fd.notes()).anyMatch(n -> n.contains("x-simulated-trading"))
                .anyMatch(n -> n.contains("keysmith slot set gridbot --key bot1"));
        ApiKeyEntry eea = key(Site.EEA, Environment.LIVE);
        RunRecipes.Recipe ne = recipes.recipe(eea, List.of(), inputs("bot1", EnvFormat.NAUTILUS, null));
        assertThat(ne.commandLine()).contains("--as nautilus --switch-in-config");
        assertThat(ne.notes()).anyMatch(n -> n.contains("base_url_http=\"https://eea.okx.com\""));
        RunRecipes.Recipe ce = recipes.recipe(eea, List.of(), inputs("bot1", EnvFormat.CCXT, null));
        assertThat(ce.commandLine()).doesNotContain("--switch-in-config");
    }

    @Test
    void badInputIsRefusedWithWhatToChange() {
        ApiKeyEntry e = key(Site.GLOBAL, Environment.LIVE);
        assertThatThrownBy(() -> recipes.recipe(e, List.of(), new RunRecipes.Inputs("bot1", EnvFormat.OKX,
                "it's", " ", "Root User", "relative/path"))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("command line").hasMessageContaining("user")
                .hasMessageContaining("absolute path").hasMessageContaining("quotes");
    }

    @Test
    void readmeAndRunDocShowTheUnitThisMakes() throws Exception {
        ApiKeyEntry e = key(Site.GLOBAL, Environment.LIVE);
        RunRecipes.Recipe r = recipes.recipe(e, List.of(new Slot("gridbot", e.id(), Instant.now())),
                inputs("gridbot", EnvFormat.FREQTRADE, ""));
        String documented = "# /etc/systemd/system/" + r.unitName() + "\n" + r.unit();
        assertThat(Files.readString(Path.of("README.md"))).contains(documented).contains(r.credentialSetup());
        assertThat(Files.readString(Path.of("docs", "run.md"))).contains(documented).contains(r.credentialSetup());
    }
}
