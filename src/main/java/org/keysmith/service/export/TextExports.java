package org.keysmith.service.export;

import org.keysmith.domain.Site;

/** Hummingbot's conf_okx.yml lines and .env variables. */
final class TextExports {

    /**
     * Hummingbot's OKX connector fields (conf_okx.yml style), YAML single-quoted (a quote inside is doubled).
     * Hummingbot keeps these encrypted in conf/connectors/okx.yml, so the comment says to enter them with
     * {@code connect okx} rather than to drop the file in.
     */
    char[] hummingbot(ExportedKey k) {
        try (SecretText out = new SecretText()) {
            out.text("# Keysmith export of \"" + k.nameForComment() + "\" for Hummingbot's OKX connector. "
                    + "PLAINTEXT SECRETS: keep this file private.\n"
                    + "# Enter these values at Hummingbot's `connect okx` prompts (Hummingbot stores them encrypted),\n"
                    + "# or where your deployment reads them in plain text.\n");
            if (k.target().demo()) {
                out.text("# Demo-trading key: Hummingbot's standard okx connector trades live; the key works only "
                        + "with a connector that sends OKX's demo header (x-simulated-trading: 1).\n");
            }
            if (k.target().site() == Site.CUSTOM) {
                out.text("# This key belongs to " + k.target().restUrl() + ", not an OKX site: Hummingbot's okx "
                        + "connector only reaches OKX's own hosts.\n");
            }
            out.text("okx_api_key: ").chars(yaml(k.apiKey().toCharArray())).text("\n");
            out.text("okx_secret_key: ").chars(yaml(k.secret())).text("\n");
            out.text("okx_passphrase: ").chars(yaml(k.passphrase())).text("\n");
            out.text("okx_registration_sub_domain: ").text(k.target().hummingbotSubDomain()).text("\n");
            return out.take();
        }
    }

    /**
     * {@code <PREFIX>API_KEY}, {@code <PREFIX>API_SECRET}, {@code <PREFIX>API_PASSPHRASE}, {@code <PREFIX>FLAG}
     * (1 demo, 0 live) and {@code <PREFIX>BASE_URL} (the REST base URL, as it is reached): the prefix is put in
     * front as given (default {@code OKX_}; {@code BOT1_OKX_} gives
     * {@code BOT1_OKX_API_KEY}) and must be a valid variable name start.
     */
    char[] env(ExportedKey k, String prefix) {
        String p = envPrefix(prefix);
        try (SecretText out = new SecretText()) {
            out.text("# Keysmith export of \"" + k.nameForComment() + "\". PLAINTEXT SECRETS: keep this file "
                    + "private.\n");
            out.text("# " + p + "FLAG: 1 = demo trading (send the header x-simulated-trading: 1), 0 = live.\n");
            out.text(p + "API_KEY=").chars(env(k.apiKey().toCharArray())).text("\n");
            out.text(p + "API_SECRET=").chars(env(k.secret())).text("\n");
            out.text(p + "API_PASSPHRASE=").chars(env(k.passphrase())).text("\n");
            out.text(p + "FLAG=").text(k.target().demo() ? "1" : "0").text("\n");
            out.text(p + "BASE_URL=").chars(env(k.target().restUrl().toCharArray())).text("\n");
            return out.take();
        }
    }

    /** The variable prefix as given ({@code OKX_} when none), refused unless it can start a variable name. */
    static String envPrefix(String prefix) {
        String p = prefix == null || prefix.isBlank() ? "OKX_" : prefix.strip();
        if (!p.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("The variable prefix may hold only letters, digits and _, and must not "
                    + "start with a digit (e.g. OKX_ or BOT1_OKX_).");
        }
        return p;
    }

    private static char[] yaml(char[] v) {
        try (SecretText out = new SecretText()) {
            out.text("'");
            for (char c : v) {
                if (c == '\'') {
                    out.ch('\'');
                }
                out.ch(c);
            }
            return out.text("'").take();
        }
    }

    /**
     * Single quotes (taken literally by dotenv readers) unless the value has one; then double quotes with only
     * {@code \\} and {@code "} escaped, which python-dotenv and docker compose decode ({@code \\$} would stay a
     * backslash and a dollar). Inside double quotes those readers expand {@code ${NAME}}, so a value with both a
     * {@code '} and a {@code ${...}} cannot be written for them and is refused (the message never shows it).
     */
    private static char[] env(char[] v) {
        boolean single = true;
        for (char c : v) {
            single &= c != '\'';
        }
        if (!single && hasInterpolation(v)) {
            throw new IllegalArgumentException("A value of this key holds both ' and ${...}, which .env readers "
                    + "cannot take literally. Use another export format (python-okx or ccxt JSON).");
        }
        try (SecretText out = new SecretText()) {
            out.text(single ? "'" : "\"");
            for (char c : v) {
                if (!single && (c == '"' || c == '\\')) {
                    out.ch('\\');
                }
                out.ch(c);
            }
            return out.text(single ? "'" : "\"").take();
        }
    }

    /** True when {@code v} holds {@code ${...}} (a dollar, a brace, later a closing brace). */
    private static boolean hasInterpolation(char[] v) {
        for (int i = 0; i + 1 < v.length; i++) {
            if (v[i] == '$' && v[i + 1] == '{') {
                for (int j = i + 2; j < v.length; j++) {
                    if (v[j] == '}') {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
