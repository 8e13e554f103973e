package org.keysmith.service.export;

import org.keysmith.domain.Site;

/**
 * Builds each {@link EnvFormat}'s variables from an exported key. A consumer that reads the site or the demo switch
 * only from its own config file cannot be set up through its environment: for such a key this refuses unless the
 * user states the switch is in the config ({@code switchInConfig}) and says exactly what to put there, so a run never
 * produces OKX's 50119 (wrong site) or 50101 (live/demo mismatch) by accident.
 */
final class ProcessEnvironments {
    /** What a freqtrade config must hold for a Demo-trading key. */
    static final String FREQTRADE_DEMO = "\"exchange\": {\"ccxt_config\": {\"headers\": {\"x-simulated-trading\": "
            + "\"1\"}}}";
    private final JsonExports json;

    ProcessEnvironments(JsonExports json) {
        this.json = json;
    }

    ChildEnvironment build(ExportedKey k, EnvFormat format, String prefix, boolean switchInConfig) {
        ChildEnvironment env = new ChildEnvironment();
        try {
            env.mask(k.secret());
            env.mask(k.passphrase());
            switch (format) {
                case FREQTRADE -> freqtrade(env, k, switchInConfig);
                case OKX -> okx(env, k, "OKX_");
                case ENV -> okx(env, k, TextExports.envPrefix(prefix));
                case NAUTILUS -> nautilus(env, k, switchInConfig);
                case CCXT -> env.put("OKX_CCXT", json.ccxt(k));
                default -> throw new IllegalArgumentException("No variables are defined for the format " + format
                        + ".");
            }
            return env;
        } catch (RuntimeException e) {
            env.close();
            throw e;
        }
    }

    /**
     * freqtrade reads {@code FREQTRADE__SECTION__KEY} (names lower-cased, values turned into numbers or booleans
     * where they parse as one, except PASSWORD). Its demo switch is a header in ccxt_config whose value must stay a
     * string, which the environment cannot express, so a demo key needs that line in the config file.
     */
    private static void freqtrade(ChildEnvironment env, ExportedKey k, boolean switchInConfig) {
        ExportTarget t = k.target();
        if (t.demo()) {
            requireSwitch(switchInConfig, "freqtrade", "this is a Demo-trading key, and freqtrade reads OKX's demo "
                    + "header only from its config file", FREQTRADE_DEMO);
            env.note("Demo-trading key: your freqtrade config must hold \"ccxt_config\": {\"headers\": "
                    + "{\"x-simulated-trading\": \"1\"}} in its exchange section.");
        }
        if (parsesAsNumber(k.secret())) {
            throw new IllegalArgumentException("freqtrade would read this key's secret as a number from its "
                    + "environment and garble it. Use --as ccxt or an export for this key.");
        }
        env.put("FREQTRADE__EXCHANGE__NAME", t.freqtradeName());
        env.put("FREQTRADE__EXCHANGE__KEY", k.apiKey());
        env.put("FREQTRADE__EXCHANGE__SECRET", k.secret().clone());
        env.put("FREQTRADE__EXCHANGE__PASSWORD", k.passphrase().clone());
        // The same reach rule as the freqtrade export: ccxt makes https://{hostname} of a bare host.
        if (t.needsFullRestUrl()) {
            env.put("FREQTRADE__EXCHANGE__CCXT_CONFIG__URLS__API__REST", t.restUrl());
        } else if (t.site() == Site.CUSTOM) {
            env.put("FREQTRADE__EXCHANGE__CCXT_CONFIG__HOSTNAME", t.hostname());
        }
        if (t.site() == Site.US) {
            env.note("\"okxus\" needs a freqtrade release from 2025 or later.");
        }
    }

    private static void okx(ChildEnvironment env, ExportedKey k, String p) {
        env.put(p + "API_KEY", k.apiKey());
        env.put(p + "API_SECRET", k.secret().clone());
        env.put(p + "API_PASSPHRASE", k.passphrase().clone());
        env.put(p + "FLAG", k.target().demo() ? "1" : "0");
        env.put(p + "BASE_URL", k.target().restUrl());
        env.note(p + "FLAG is 1 for demo trading (send the header x-simulated-trading: 1), 0 for live; "
                + p + "BASE_URL is the REST base URL of the key's site (python-okx's domain).");
    }

    /**
     * nautilus_trader's OKX adapter reads OKX_API_KEY/OKX_API_SECRET/OKX_PASSPHRASE, or the OKX_DEMO_ ones when its
     * config says is_demo; only the matching set is given, so a live/demo mismatch fails at start-up with "missing
     * variable" instead of 50101. Its base URLs (global by default) are config only.
     */
    private static void nautilus(ChildEnvironment env, ExportedKey k, boolean switchInConfig) {
        ExportTarget t = k.target();
        if (nautilusNeedsUrls(t)) {
            requireSwitch(switchInConfig, "nautilus", "this key is served at " + t.restUrl() + ", and nautilus_trader "
                    + "talks to the global site unless its config names the base URLs", nautilusUrls(t));
        }
        String p = t.demo() ? "OKX_DEMO_" : "OKX_";
        env.put(p + "API_KEY", k.apiKey());
        env.put(p + "API_SECRET", k.secret().clone());
        env.put(p + "PASSPHRASE", k.passphrase().clone());
        env.note(t.demo() ? "Demo-trading key: set is_demo=True in the nautilus OKX client configs."
                : "Live key: keep is_demo=False in the nautilus OKX client configs.");
    }

    /**
     * What the consumer's own config must hold for this key because its environment cannot carry it (the line
     * {@code --switch-in-config} vouches for), or null when the variables carry every switch.
     */
    static String configSwitch(EnvFormat format, ExportTarget t) {
        return switch (format) {
            case FREQTRADE -> t.demo() ? FREQTRADE_DEMO : null;
            case NAUTILUS -> nautilusNeedsUrls(t) ? nautilusUrls(t) : null;
            default -> null;
        };
    }

    private static boolean nautilusNeedsUrls(ExportTarget t) {
        return t.site() != Site.GLOBAL || !t.restUrl().equals(Site.GLOBAL.restBase());
    }

    private static String nautilusUrls(ExportTarget t) {
        return "base_url_http=\"" + t.restUrl() + "\" (and the matching WebSocket URLs) in OKXDataClientConfig and "
                + "OKXExecClientConfig";
    }

    private static void requireSwitch(boolean switchInConfig, String consumer, String why, String what) {
        if (!switchInConfig) {
            throw new IllegalArgumentException("Not started: " + why + ". Put " + what + " into the " + consumer
                    + " configuration, then run again with --switch-in-config.");
        }
    }

    /** Python's int() or float() would accept it (digits, at most one dot or exponent; inf/nan aside). */
    private static boolean parsesAsNumber(char[] s) {
        boolean digit = false;
        int e = 0;
        for (char c : s) {
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == 'e' || c == 'E') {
                e++;
            } else if (c != '.' && c != '_') {
                return false;
            }
        }
        return digit && e <= 1;
    }
}
