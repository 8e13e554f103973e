package org.keysmith.service.export;

/** Hummingbot's conf_okx.yml lines and .env variables. */
final class TextExports {

    /** Hummingbot's OKX connector fields, YAML single-quoted (a quote inside is doubled). */
    char[] hummingbot(ExportedKey k) {
        try (SecretText out = new SecretText()) {
            out.text("# Keysmith export for Hummingbot's OKX connector. PLAINTEXT SECRETS: keep this file private.\n");
            if (k.target().demo()) {
                out.text("# This is a demo-trading key; Hummingbot's OKX connector trades live only.\n");
            }
            out.text("okx_api_key: ").chars(yaml(k.apiKey().toCharArray())).text("\n");
            out.text("okx_secret_key: ").chars(yaml(k.secret())).text("\n");
            out.text("okx_passphrase: ").chars(yaml(k.passphrase())).text("\n");
            out.text("okx_registration_sub_domain: ").text(k.target().hummingbotSubDomain()).text("\n");
            return out.take();
        }
    }

    /** {@code <PREFIX>API_KEY}, {@code <PREFIX>API_SECRET}, {@code <PREFIX>API_PASSPHRASE}; prefix default "OKX_". */
    char[] env(ExportedKey k, String prefix) {
        String p = prefix == null || prefix.isBlank() ? "OKX_" : prefix.strip();
        if (!p.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("The variable prefix may hold only letters, digits and _, and must not "
                    + "start with a digit (e.g. OKX_ or BOT1_OKX_).");
        }
        try (SecretText out = new SecretText()) {
            out.text("# Keysmith export of \"" + k.name().replaceAll("[\\r\\n]", " ")
                    + "\". PLAINTEXT SECRETS: keep this file private.\n");
            out.text(p + "API_KEY=").chars(env(k.apiKey().toCharArray())).text("\n");
            out.text(p + "API_SECRET=").chars(env(k.secret())).text("\n");
            out.text(p + "API_PASSPHRASE=").chars(env(k.passphrase())).text("\n");
            out.text(p + "FLAG=").text(k.target().demo() ? "1" : "0").text("\n");
            return out.take();
        }
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

    /** Single quotes (taken literally by dotenv readers) unless the value has one; then escaped double quotes. */
    private static char[] env(char[] v) {
        boolean single = true;
        for (char c : v) {
            single &= c != '\'';
        }
        try (SecretText out = new SecretText()) {
            out.text(single ? "'" : "\"");
            for (char c : v) {
                if (!single && (c == '"' || c == '\\' || c == '$' || c == '`')) {
                    out.ch('\\');
                }
                out.ch(c);
            }
            return out.text(single ? "'" : "\"").take();
        }
    }
}
