package org.keysmith.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Environment;
import org.keysmith.domain.Site;

class ProcessEnvironmentsTest {
    private static final String API_KEY = "a1b2c3d4-0000-1111-2222-333344445555";
    private static final String SECRET = "4A1F09C2B7E35D6A8F0B1C2D3E4F5A6B";
    private static final String PASS = "Pass-1234";
    private final ProcessEnvironments envs = new ProcessEnvironments(new JsonExports());

    private static ExportedKey key(Site site, Environment env, String url) {
        return new ExportedKey("bot1", API_KEY, SECRET.toCharArray(), PASS.toCharArray(),
                new ExportTarget(site, env, url));
    }

    private Map<String, String> vars(ExportedKey k, EnvFormat f, String prefix, boolean ack) {
        try (ChildEnvironment e = envs.build(k, f, prefix, ack)) {
            Map<String, String> m = new LinkedHashMap<>();
            e.variables().forEach((n, v) -> m.put(n, new String(v)));
            assertThat(e.secrets()).hasSize(2);
            assertThat(e.toString()).doesNotContain(SECRET).doesNotContain(PASS);
            return m;
        }
    }

    @Test
    void freqtradeGetsItsExchangeVariablesWithTheSiteItsClassNeeds() {
        assertThat(vars(key(Site.GLOBAL, Environment.LIVE, Site.GLOBAL.restBase()), EnvFormat.FREQTRADE, null, false))
                .containsExactly(Map.entry("FREQTRADE__EXCHANGE__NAME", "okx"),
                        Map.entry("FREQTRADE__EXCHANGE__KEY", API_KEY),
                        Map.entry("FREQTRADE__EXCHANGE__SECRET", SECRET),
                        Map.entry("FREQTRADE__EXCHANGE__PASSWORD", PASS));
        assertThat(vars(key(Site.EEA, Environment.LIVE, Site.EEA.restBase()), EnvFormat.FREQTRADE, null, false))
                .containsEntry("FREQTRADE__EXCHANGE__NAME", "myokx");
        assertThat(vars(key(Site.US, Environment.LIVE, Site.US.restBase()), EnvFormat.FREQTRADE, null, false))
                .containsEntry("FREQTRADE__EXCHANGE__NAME", "okxus");
    }

    @Test
    void aDemoKeyForFreqtradeIsRefusedUntilTheUserSaysTheHeaderIsInTheConfig() {
        ExportedKey demo = key(Site.GLOBAL, Environment.DEMO, Site.GLOBAL.restBase());
        assertThatThrownBy(() -> envs.build(demo, EnvFormat.FREQTRADE, null, false))
                .hasMessageContaining("x-simulated-trading").hasMessageContaining("--switch-in-config");
        try (ChildEnvironment e = envs.build(key(Site.GLOBAL, Environment.DEMO, Site.GLOBAL.restBase()),
                EnvFormat.FREQTRADE, null, true)) {
            assertThat(e.notes()).anyMatch(n -> n.contains("x-simulated-trading"));
        }
    }

    @Test
    void aSecretThatFreqtradeWouldReadAsANumberIsRefused() {
        ExportedKey digits = new ExportedKey("bot1", API_KEY, "12345678901234567890123456789012".toCharArray(),
                PASS.toCharArray(), new ExportTarget(Site.GLOBAL, Environment.LIVE, Site.GLOBAL.restBase()));
        assertThatThrownBy(() -> envs.build(digits, EnvFormat.FREQTRADE, null, false))
                .hasMessageContaining("as a number");
    }

    @Test
    void okxVariablesCarryTheFlagAndTheSitesDomain() {
        assertThat(vars(key(Site.EEA, Environment.DEMO, Site.EEA.restBase()), EnvFormat.OKX, null, false))
                .containsExactly(Map.entry("OKX_API_KEY", API_KEY), Map.entry("OKX_API_SECRET", SECRET),
                        Map.entry("OKX_API_PASSPHRASE", PASS), Map.entry("OKX_FLAG", "1"),
                        Map.entry("OKX_BASE_URL", "https://eea.okx.com"));
        assertThat(vars(key(Site.GLOBAL, Environment.LIVE, Site.GLOBAL.restBase()), EnvFormat.ENV, "BOT1_", false))
                .containsEntry("BOT1_API_SECRET", SECRET).containsEntry("BOT1_FLAG", "0");
        assertThatThrownBy(() -> envs.build(key(Site.GLOBAL, Environment.LIVE, Site.GLOBAL.restBase()), EnvFormat.ENV,
                "1BAD", false)).hasMessageContaining("prefix");
    }

    @Test
    void nautilusGetsOnlyTheSetItsConfigWillAskFor() {
        assertThat(vars(key(Site.GLOBAL, Environment.LIVE, Site.GLOBAL.restBase()), EnvFormat.NAUTILUS, null, false))
                .containsOnlyKeys("OKX_API_KEY", "OKX_API_SECRET", "OKX_PASSPHRASE");
        assertThat(vars(key(Site.GLOBAL, Environment.DEMO, Site.GLOBAL.restBase()), EnvFormat.NAUTILUS, null, false))
                .containsOnlyKeys("OKX_DEMO_API_KEY", "OKX_DEMO_API_SECRET", "OKX_DEMO_PASSPHRASE");
        assertThatThrownBy(() -> envs.build(key(Site.EEA, Environment.LIVE, Site.EEA.restBase()), EnvFormat.NAUTILUS,
                null, false)).hasMessageContaining("base_url_http=\"https://eea.okx.com\"");
    }

    @Test
    void ccxtGetsOneJsonVariableWithTheConstructorOptions() throws Exception {
        Map<String, String> v = vars(key(Site.US, Environment.LIVE, Site.US.restBase()), EnvFormat.CCXT, null, false);
        assertThat(v).containsOnlyKeys("OKX_CCXT");
        JsonNode json = new ObjectMapper().readTree(v.get("OKX_CCXT"));
        assertThat(json.get("exchange").asText()).isEqualTo("okxus");
        assertThat(json.get("apiKey").asText()).isEqualTo(API_KEY);
        assertThat(json.get("secret").asText()).isEqualTo(SECRET);
        assertThat(json.get("password").asText()).isEqualTo(PASS);
    }

    @Test
    void closingWipesEveryValue() {
        ChildEnvironment e = envs.build(key(Site.GLOBAL, Environment.LIVE, Site.GLOBAL.restBase()), EnvFormat.OKX,
                null, false);
        char[] secret = e.variables().get("OKX_API_SECRET");
        char[] masked = e.secrets().get(0);
        e.close();
        assertThat(secret).containsOnly('\0');
        assertThat(masked).containsOnly('\0');
    }
}
