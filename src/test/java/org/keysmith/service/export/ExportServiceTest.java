package org.keysmith.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Environment;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.KeyStatus;
import org.keysmith.domain.KeyType;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.service.Deployments;
import org.keysmith.service.ServiceFixture;
import org.keysmith.domain.Connection;

/** Every export format written to an owner-only file and read back field by field, for each site and Live/Demo. */
class ExportServiceTest {
    static final char[] MASTER = "master password".toCharArray();
    static final String SECRET = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    static final String PASS = "Ab1'\"$x\\`z";
    /** freqtrade's config reader accepts // comments; plain JSON readers must not see any in the other formats. */
    private final ObjectMapper freqtradeReader = JsonMapper.builder().enable(
            JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
    private final ObjectMapper mapper = new ObjectMapper();
    @TempDir
    Path dir;
    private ServiceFixture f;
    private ExportService exports;
    private ApiKeyEntry sandboxKey;
    private ApiKeyEntry eeaDemo;
    private int files;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        exports = new ExportService(f.keys, f.connections, new Deployments(f.session, Clock.systemUTC()));
        sandboxKey = f.keys.create(f.connection(), ServiceFixture.request("exp1", "127.0.0.1", Permission.READ,
                Permission.TRADE)).entry();
        eeaDemo = entry("eea-1", Site.EEA, Environment.DEMO, PASS);
        f.session.vault().putEntry(eeaDemo);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** A key of {@code site} whose connection is not in the vault (as when added from the website). */
    static ApiKeyEntry entry(String id, Site site, Environment env, String passphrase) {
        return entry(id, "bot" + id.replace("-", ""), site, env, passphrase);
    }

    static ApiKeyEntry entry(String id, String name, Site site, Environment env, String passphrase) {
        return new ApiKeyEntry(id, "okx-" + id, name, "", KeyType.API_TRADING, null,
                Permissions.of(Permission.READ, Permission.TRADE), IpAllowlist.empty(), "ak-" + id,
                Secret.copyOf(SECRET.toCharArray()), Secret.copyOf(passphrase.toCharArray()), site, env,
                Instant.now(), null, KeyStatus.ACTIVE, null);
    }

    private String export(ApiKeyEntry e, ExportFormat format, String prefix) throws Exception {
        Path out = dir.resolve("out-" + format.cliName() + "-" + e.id() + "-" + (++files));
        exports.toFile(e.id(), format, prefix, MASTER.clone(), out, false);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        return Files.readString(out);
    }

    private String secretOf(ApiKeyEntry e) {
        return e.secretKey().exposeAsString();
    }

    @Test
    void freqtradeAndCcxtJsonReadBackFieldByField() throws Exception {
        String ftText = export(sandboxKey, ExportFormat.FREQTRADE, null);
        assertThat(ftText).startsWith("// Keysmith export of \"exp1\"").contains("PLAINTEXT");
        JsonNode ft = freqtradeReader.readTree(ftText).get("exchange");
        assertThat(ft.get("name").asText()).isEqualTo("okx");
        assertThat(ft.get("key").asText()).isEqualTo(sandboxKey.apiKey());
        assertThat(ft.get("secret").asText()).isEqualTo(secretOf(sandboxKey));
        assertThat(ft.get("password").asText()).isEqualTo("Abc123!xyz");
        // ccxt would build https://{hostname}, which cannot reach the plain-http Sandbox: the whole URL instead
        assertThat(ft.at("/ccxt_config/hostname").isMissingNode()).isTrue();
        assertThat(ft.at("/ccxt_config/urls/api/rest").asText()).isEqualTo(f.connection().baseUrl());
        assertThat(ft.at("/ccxt_config/headers").isMissingNode()).isTrue();
        JsonNode demo = freqtradeReader.readTree(export(eeaDemo, ExportFormat.FREQTRADE, null)).get("exchange");
        assertThat(demo.get("name").asText()).isEqualTo("myokx");
        assertThat(demo.get("secret").asText()).isEqualTo(SECRET);
        assertThat(demo.get("password").asText()).isEqualTo(PASS);
        assertThat(demo.at("/ccxt_config/headers/x-simulated-trading").asText()).isEqualTo("1");
        assertThat(demo.at("/ccxt_config/hostname").isMissingNode()).isTrue();

        JsonNode ccxt = mapper.readTree(export(eeaDemo, ExportFormat.CCXT, null));
        assertThat(ccxt.get("exchange").asText()).isEqualTo("myokx");
        assertThat(ccxt.get("apiKey").asText()).isEqualTo("ak-eea-1");
        assertThat(ccxt.get("secret").asText()).isEqualTo(SECRET);
        assertThat(ccxt.get("password").asText()).isEqualTo(PASS);
        assertThat(ccxt.get("hostname").asText()).isEqualTo("eea.okx.com");
        assertThat(ccxt.has("sandboxMode")).isFalse();
        assertThat(ccxt.at("/options/sandbox").asBoolean()).as("what ccxt's constructor reads").isTrue();
        assertThat(ccxt.at("/headers/x-simulated-trading").asText()).isEqualTo("1");
    }

    @Test
    void globalAndUsLiveKeysGetEachToolsSiteSettings() throws Exception {
        ApiKeyEntry global = entry("gl-1", Site.GLOBAL, Environment.LIVE, "Glob-al99x");
        ApiKeyEntry us = entry("us-1", Site.US, Environment.LIVE, "Us-pass99x");
        f.session.vault().putEntry(global);
        f.session.vault().putEntry(us);

        String usFreqtrade = export(us, ExportFormat.FREQTRADE, null);
        assertThat(usFreqtrade).contains("// \"okxus\" needs a recent freqtrade");
        assertThat(freqtradeReader.readTree(usFreqtrade).at("/exchange/name").asText()).isEqualTo("okxus");
        JsonNode gl = freqtradeReader.readTree(export(global, ExportFormat.FREQTRADE, null)).get("exchange");
        assertThat(gl.get("name").asText()).isEqualTo("okx");
        assertThat(gl.get("ccxt_config").isEmpty()).isTrue();

        JsonNode ccxtUs = mapper.readTree(export(us, ExportFormat.CCXT, null));
        assertThat(ccxtUs.get("exchange").asText()).isEqualTo("okxus");
        assertThat(ccxtUs.get("hostname").asText()).isEqualTo("us.okx.com");
        assertThat(ccxtUs.has("sandboxMode")).isFalse();
        assertThat(ccxtUs.has("options")).isFalse();
        assertThat(ccxtUs.has("headers")).isFalse();
        assertThat(mapper.readTree(export(global, ExportFormat.CCXT, null)).get("hostname").asText())
                .isEqualTo("www.okx.com");

        assertThat(pythonArgs(export(global, ExportFormat.PYTHON_OKX, null)).get("domain").asText())
                .isEqualTo("https://www.okx.com");
        JsonNode usArgs = pythonArgs(export(us, ExportFormat.PYTHON_OKX, null));
        assertThat(usArgs.get("domain").asText()).isEqualTo("https://us.okx.com");
        assertThat(usArgs.get("flag").asText()).isEqualTo("0");

        assertThat(hummingbot(export(global, ExportFormat.HUMMINGBOT, null)))
                .containsEntry("okx_registration_sub_domain", "www").containsEntry("okx_passphrase", "Glob-al99x");
        assertThat(hummingbot(export(us, ExportFormat.HUMMINGBOT, null)))
                .containsEntry("okx_registration_sub_domain", "app").containsEntry("okx_api_key", "ak-us-1");
        assertThat(env(export(global, ExportFormat.ENV, null))).containsEntry("OKX_API_KEY", "ak-gl-1")
                .containsEntry("OKX_API_SECRET", SECRET).containsEntry("OKX_API_PASSPHRASE", "Glob-al99x")
                .containsEntry("OKX_FLAG", "0").containsEntry("OKX_BASE_URL", "https://www.okx.com");
    }

    @Test
    void aPlainHttpConnectionsExportsNameAUrlTheToolCanReach() throws Exception {
        JsonNode ccxt = mapper.readTree(export(sandboxKey, ExportFormat.CCXT, null));
        assertThat(ccxt.has("hostname")).isFalse();
        assertThat(ccxt.at("/urls/api/rest").asText()).isEqualTo(f.connection().baseUrl()).startsWith("http://127.");
        assertThat(env(export(sandboxKey, ExportFormat.ENV, null))).containsEntry("OKX_BASE_URL",
                f.connection().baseUrl());
        assertThat(export(sandboxKey, ExportFormat.HUMMINGBOT, null)).contains("not an OKX site");
        ApiKeyEntry proxied = entry("px-1", Site.CUSTOM, Environment.LIVE, "Prox-y99x");
        f.session.vault().putConnection(new Connection(proxied.connectionId(), "proxy",
                Site.CUSTOM, "https://proxy.example/okx/", Environment.LIVE, null));
        f.session.vault().putEntry(proxied);
        assertThat(mapper.readTree(export(proxied, ExportFormat.CCXT, null)).at("/urls/api/rest").asText())
                .isEqualTo("https://proxy.example/okx");
    }

    @Test
    void commentsNeverBreakALineAndEnvValuesMeanWhatTheySay() throws Exception {
        ApiKeyEntry odd = entry("odd-1", "a\u2028b\u0085c", Site.GLOBAL, Environment.LIVE,
                "Ab1'$HOME\\z");
        f.session.vault().putEntry(odd);
        String hb = export(odd, ExportFormat.HUMMINGBOT, null);
        assertThat(hb).doesNotContain("\u2028").doesNotContain("\u0085").contains("\"a b c\"");
        assertThat(env(export(odd, ExportFormat.ENV, null))).containsEntry("OKX_API_PASSPHRASE", "Ab1'$HOME\\z");
        ApiKeyEntry braces = entry("brc-1", Site.GLOBAL, Environment.LIVE, "Ab1'${X}yz");
        f.session.vault().putEntry(braces);
        assertThatThrownBy(() -> export(braces, ExportFormat.ENV, null)).hasMessageContaining("${...}")
                .hasMessageNotContaining("Ab1'");
    }

    @Test
    void pythonOkxIsADictPythonAndJsonReadTheSame() throws Exception {
        String py = export(eeaDemo, ExportFormat.PYTHON_OKX, null);
        assertThat(py).contains("PLAINTEXT").contains("\nOKX_CREDENTIALS = {");
        JsonNode args = pythonArgs(py);
        assertThat(args.get("api_key").asText()).isEqualTo("ak-eea-1");
        assertThat(args.get("api_secret_key").asText()).isEqualTo(SECRET);
        assertThat(args.get("passphrase").asText()).isEqualTo(PASS);
        assertThat(args.get("flag").asText()).isEqualTo("1");
        assertThat(args.get("domain").asText()).isEqualTo("https://eea.okx.com");
        JsonNode live = pythonArgs(export(sandboxKey, ExportFormat.PYTHON_OKX, null));
        assertThat(live.get("flag").asText()).isEqualTo("0");
        assertThat(live.get("domain").asText()).isEqualTo(f.connection().baseUrl());
        assertThat(live.get("api_secret_key").asText()).isEqualTo(secretOf(sandboxKey));
    }

    @Test
    void hummingbotAndEnvReadBackLineByLine() throws Exception {
        String hbText = export(eeaDemo, ExportFormat.HUMMINGBOT, null);
        assertThat(hbText).contains("PLAINTEXT").contains("connect okx").contains("Demo-trading key");
        assertThat(hummingbot(hbText)).containsOnly(Map.entry("okx_api_key", "ak-eea-1"),
                Map.entry("okx_secret_key", SECRET), Map.entry("okx_passphrase", PASS),
                Map.entry("okx_registration_sub_domain", "my"));

        assertThat(env(export(eeaDemo, ExportFormat.ENV, "BOT1_OKX_"))).containsOnly(
                Map.entry("BOT1_OKX_API_KEY", "ak-eea-1"), Map.entry("BOT1_OKX_API_SECRET", SECRET),
                Map.entry("BOT1_OKX_API_PASSPHRASE", PASS), Map.entry("BOT1_OKX_FLAG", "1"),
                Map.entry("BOT1_OKX_BASE_URL", "https://eea.okx.com"));
        assertThat(export(sandboxKey, ExportFormat.ENV, null)).contains("OKX_API_KEY='" + sandboxKey.apiKey() + "'\n")
                .contains("OKX_API_SECRET='" + secretOf(sandboxKey) + "'\n");
        assertThat(env(export(sandboxKey, ExportFormat.ENV, "  "))).containsKey("OKX_API_PASSPHRASE");
        for (String bad : new String[] {"1BAD", "A B", "X-Y", "A=B"}) {
            assertThatThrownBy(() -> exports.toFile(eeaDemo.id(), ExportFormat.ENV, bad, MASTER.clone(),
                    dir.resolve("bad.env"), false)).hasMessageContaining("prefix");
        }
        assertThat(dir.resolve("bad.env")).doesNotExist();
    }

    private JsonNode pythonArgs(String py) throws Exception {
        String dict = py.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n")
                .replaceFirst("^OKX_CREDENTIALS = ", "");
        return mapper.readTree(dict);
    }

    /** What a YAML reader makes of {@code key: 'value'} lines (single-quoted, '' is a quote). */
    static Map<String, String> hummingbot(String text) {
        Map<String, String> hb = new HashMap<>();
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            String[] kv = l.split(": ", 2);
            String v = kv[1].startsWith("'") ? kv[1].substring(1, kv[1].length() - 1).replace("''", "'") : kv[1];
            hb.put(kv[0], v);
        });
        return hb;
    }

    static Map<String, String> env(String text) {
        Map<String, String> env = new HashMap<>();
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            String[] kv = l.split("=", 2);
            env.put(kv[0], unquoteEnv(kv[1]));
        });
        return env;
    }

    /**
     * What python-dotenv does: single quotes literal; in double quotes \\\\ and \\" are escapes, any other backslash
     * stays, and ${NAME} would be expanded (so it must not appear).
     */
    private static String unquoteEnv(String v) {
        if (v.startsWith("'")) {
            assertThat(v).endsWith("'").satisfies(s -> assertThat(s.substring(1, s.length() - 1)).doesNotContain("'"));
            return v.substring(1, v.length() - 1);
        }
        if (!v.startsWith("\"")) {
            return v;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            assertThat(c).as("unescaped quote in a double-quoted value").isNotEqualTo('"');
            boolean escape = c == '\\' && (v.charAt(i + 1) == '\\' || v.charAt(i + 1) == '"');
            out.append(escape ? v.charAt(++i) : c);
        }
        assertThat(out.toString()).as("dotenv would expand it").doesNotContainPattern("\\$\\{[^}]*}");
        return out.toString();
    }
}
