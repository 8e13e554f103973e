package org.keysmith.service.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;

/** freqtrade, ccxt and python-okx exports, written with Jackson's streaming generator from char arrays. */
final class JsonExports {
    /** The generator must not close (and so wipe) the SecretText it writes into. */
    private final JsonFactory json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** freqtrade's {@code exchange} section; demo keys get OKX's demo header through ccxt_config. */
    char[] freqtrade(ExportedKey k) {
        return write(new SecretText(), (g, t) -> {
            g.writeStartObject();
            g.writeObjectFieldStart("exchange");
            g.writeStringField("name", t.freqtradeName());
            secretFields(g, k, "key", "secret", "password");
            g.writeObjectFieldStart("ccxt_config");
            if (t.site() == org.keysmith.domain.Site.US || t.site() == org.keysmith.domain.Site.CUSTOM) {
                g.writeStringField("hostname", t.hostname());
            }
            demoHeader(g, t);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }, k);
    }

    /** ccxt constructor options, plus the exchange id, hostname and sandboxMode hints. */
    char[] ccxt(ExportedKey k) {
        return write(new SecretText(), (g, t) -> {
            g.writeStartObject();
            g.writeStringField("exchange", t.ccxtId());
            secretFields(g, k, "apiKey", "secret", "password");
            g.writeStringField("hostname", t.hostname());
            g.writeBooleanField("sandboxMode", t.demo());
            g.writeEndObject();
        }, k);
    }

    /** python-okx keyword arguments as a Python dict (JSON syntax, which Python reads the same). */
    char[] pythonOkx(ExportedKey k) {
        SecretText out = new SecretText().text("# Keysmith export for python-okx. PLAINTEXT SECRETS: keep this file "
                + "private.\n# Use: import okx.Account as Account; Account.AccountAPI(**OKX_CREDENTIALS, debug=False)\n"
                + "OKX_CREDENTIALS = ");
        return write(out, (g, t) -> {
            g.writeStartObject();
            secretFields(g, k, "api_key", "api_secret_key", "passphrase");
            g.writeStringField("flag", t.demo() ? "1" : "0");
            g.writeStringField("domain", t.domain());
            g.writeEndObject();
        }, k);
    }

    private static void secretFields(JsonGenerator g, ExportedKey k, String key, String secret, String pass)
            throws IOException {
        g.writeStringField(key, k.apiKey());
        g.writeFieldName(secret);
        g.writeString(k.secret(), 0, k.secret().length);
        g.writeFieldName(pass);
        g.writeString(k.passphrase(), 0, k.passphrase().length);
    }

    private static void demoHeader(JsonGenerator g, ExportTarget t) throws IOException {
        if (t.demo()) {
            g.writeObjectFieldStart("headers");
            g.writeStringField("x-simulated-trading", "1");
            g.writeEndObject();
        }
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g, ExportTarget t) throws IOException;
    }

    private char[] write(SecretText out, Body body, ExportedKey k) {
        try (out) {
            try (JsonGenerator g = json.createGenerator(out).useDefaultPrettyPrinter()) {
                body.write(g, k.target());
            }
            out.text("\n");
            return out.take();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
