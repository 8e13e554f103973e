package org.keysmith.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.service.ServiceFixture;
import org.keysmith.service.UserFacingException;

/** Every export format written to a file, read back field by field; 0600; master password; audit without secrets. */
class ExportServiceTest {
    private static final char[] MASTER = "master password".toCharArray();
    private static final String SECRET = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    private static final String PASS = "Ab1'\"$x\\`z";
    private final ObjectMapper mapper = new ObjectMapper();
    @TempDir
    Path dir;
    private ServiceFixture f;
    private ExportService exports;
    private ApiKeyEntry sandboxKey;
    private ApiKeyEntry eeaDemo;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        exports = new ExportService(f.keys, f.connections, f.session);
        sandboxKey = f.keys.create(f.connection(), ServiceFixture.request("exp1", "127.0.0.1", Permission.READ,
                Permission.TRADE)).entry();
        eeaDemo = new ApiKeyEntry("eea-1", "okx-eea-demo", "eeabot", "", KeyType.API_TRADING, null,
                Permissions.of(Permission.READ, Permission.TRADE), IpAllowlist.empty(), "ak-eea-1",
                Secret.copyOf(SECRET.toCharArray()), Secret.copyOf(PASS.toCharArray()), Site.EEA, Environment.DEMO,
                Instant.now(), null, KeyStatus.ACTIVE, null);
        f.session.vault().putEntry(eeaDemo);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private String export(ApiKeyEntry e, ExportFormat format, String prefix) throws Exception {
        Path out = dir.resolve("out-" + format.cliName() + "-" + e.id());
        exports.toFile(e.id(), format, prefix, MASTER.clone(), out, false);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        return Files.readString(out);
    }

    private String secretOf(ApiKeyEntry e) {
        return e.secretKey().exposeAsString();
    }

    @Test
    void freqtradeAndCcxtJsonReadBackFieldByField() throws Exception {
        JsonNode ft = mapper.readTree(export(sandboxKey, ExportFormat.FREQTRADE, null)).get("exchange");
        assertThat(ft.get("name").asText()).isEqualTo("okx");
        assertThat(ft.get("key").asText()).isEqualTo(sandboxKey.apiKey());
        assertThat(ft.get("secret").asText()).isEqualTo(secretOf(sandboxKey));
        assertThat(ft.get("password").asText()).isEqualTo("Abc123!xyz");
        JsonNode demo = mapper.readTree(export(eeaDemo, ExportFormat.FREQTRADE, null)).get("exchange");
        assertThat(demo.get("name").asText()).isEqualTo("myokx");
        assertThat(demo.get("password").asText()).isEqualTo(PASS);
        assertThat(demo.at("/ccxt_config/headers/x-simulated-trading").asText()).isEqualTo("1");

        JsonNode ccxt = mapper.readTree(export(eeaDemo, ExportFormat.CCXT, null));
        assertThat(ccxt.get("exchange").asText()).isEqualTo("myokx");
        assertThat(ccxt.get("apiKey").asText()).isEqualTo("ak-eea-1");
        assertThat(ccxt.get("secret").asText()).isEqualTo(SECRET);
        assertThat(ccxt.get("password").asText()).isEqualTo(PASS);
        assertThat(ccxt.get("hostname").asText()).isEqualTo("eea.okx.com");
        assertThat(ccxt.get("sandboxMode").asBoolean()).isTrue();
    }

    @Test
    void pythonOkxIsADictPythonAndJsonReadTheSame() throws Exception {
        String py = export(eeaDemo, ExportFormat.PYTHON_OKX, null);
        assertThat(py).contains("PLAINTEXT");
        String dict = py.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n")
                .replaceFirst("^OKX_CREDENTIALS = ", "");
        JsonNode args = mapper.readTree(dict);
        assertThat(args.get("api_key").asText()).isEqualTo("ak-eea-1");
        assertThat(args.get("api_secret_key").asText()).isEqualTo(SECRET);
        assertThat(args.get("passphrase").asText()).isEqualTo(PASS);
        assertThat(args.get("flag").asText()).isEqualTo("1");
        assertThat(args.get("domain").asText()).isEqualTo("https://eea.okx.com");
        JsonNode live = mapper.readTree(export(sandboxKey, ExportFormat.PYTHON_OKX, null).lines()
                .filter(l -> !l.startsWith("#")).reduce("", String::concat).replaceFirst("^OKX_CREDENTIALS = ", ""));
        assertThat(live.get("flag").asText()).isEqualTo("0");
        assertThat(live.get("domain").asText()).isEqualTo(f.connection().baseUrl());
    }

    @Test
    void hummingbotAndEnvReadBackLineByLine() throws Exception {
        Map<String, String> hb = new HashMap<>();
        export(eeaDemo, ExportFormat.HUMMINGBOT, null).lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            String[] kv = l.split(": ", 2);
            String v = kv[1].startsWith("'") ? kv[1].substring(1, kv[1].length() - 1).replace("''", "'") : kv[1];
            hb.put(kv[0], v);
        });
        assertThat(hb).containsEntry("okx_api_key", "ak-eea-1").containsEntry("okx_secret_key", SECRET)
                .containsEntry("okx_passphrase", PASS).containsEntry("okx_registration_sub_domain", "my");

        Map<String, String> env = new HashMap<>();
        export(eeaDemo, ExportFormat.ENV, "BOT1_OKX_").lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            String[] kv = l.split("=", 2);
            env.put(kv[0], unquoteEnv(kv[1]));
        });
        assertThat(env).containsEntry("BOT1_OKX_API_KEY", "ak-eea-1").containsEntry("BOT1_OKX_API_SECRET", SECRET)
                .containsEntry("BOT1_OKX_API_PASSPHRASE", PASS).containsEntry("BOT1_OKX_FLAG", "1");
        assertThat(export(sandboxKey, ExportFormat.ENV, null)).contains("OKX_API_KEY='" + sandboxKey.apiKey() + "'");
        assertThatThrownBy(() -> exports.toFile(eeaDemo.id(), ExportFormat.ENV, "1BAD", MASTER.clone(),
                dir.resolve("bad.env"), false)).hasMessageContaining("prefix");
    }

    /** What a dotenv reader does: single quotes literal; double quotes with backslash escapes. */
    private static String unquoteEnv(String v) {
        if (v.startsWith("'")) {
            return v.substring(1, v.length() - 1);
        }
        if (!v.startsWith("\"")) {
            return v;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            out.append(c == '\\' ? v.charAt(++i) : c);
        }
        return out.toString();
    }

    @Test
    void refusesToOverwriteNeedsTheMasterPasswordAndAuditsWithoutTheSecret() throws Exception {
        Path out = dir.resolve("config.json");
        Files.writeString(out, "mine");
        assertThatThrownBy(() -> exports.toFile(sandboxKey.id(), ExportFormat.CCXT, null, MASTER.clone(), out, false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("mine");
        Path other = dir.resolve("other.json");
        assertThatThrownBy(() -> exports.toFile(sandboxKey.id(), ExportFormat.CCXT, null, "wrong".toCharArray(),
                other, false)).hasMessageContaining("Wrong master password");
        assertThat(other).doesNotExist();
        exports.toFile(sandboxKey.id(), ExportFormat.CCXT, null, MASTER.clone(), out, true);
        assertThat(Files.readString(out)).contains(secretOf(sandboxKey));

        assertThat(f.keys.history(sandboxKey.id())).anyMatch(a -> a.action() == AuditAction.KEY_EXPORTED
                && a.detail().contains("ccxt") && a.detail().contains(out.toString()));
        assertThat(f.session.vault().audit().toString()).doesNotContain(secretOf(sandboxKey)).doesNotContain(SECRET)
                .doesNotContain("Abc123!xyz");
    }
}
