package org.keysmith.service.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.keysmith.domain.Site;
import org.keysmith.json.WipingBuffers;

/**
 * freqtrade, ccxt and python-okx exports, written with Jackson's streaming generator from char arrays into a
 * {@link SecretText}; Jackson's own buffers are wiped after use ({@link WipingBuffers}).
 */
final class JsonExports {
    /** The generator must not close (and so wipe) the SecretText it writes into. */
    private final JsonFactory json = JsonFactory.builder().recyclerPool(new WipingBuffers())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * A freqtrade config holding the {@code exchange} section, with {@code //} comments (freqtrade's config reader
     * accepts them). Demo keys get OKX's demo header through {@code ccxt_config}, which freqtrade passes to ccxt.
     */
    char[] freqtrade(ExportedKey k) {
        ExportTarget t = k.target();
        SecretText out = new SecretText().text("// Keysmith export of \"" + k.nameForComment()
                + "\" for freqtrade. PLAINTEXT SECRETS: keep this file private.\n"
                + "// Merge the \"exchange\" section into your config, or pass this file as an extra --config.\n");
        if (t.site() == Site.US) {
            out.text("// \"okxus\" needs a recent freqtrade; older ones: \"name\": \"okx\" with \"ccxt_config\": "
                    + "{\"hostname\": \"us.okx.com\"}.\n");
        }
        if (t.demo()) {
            out.text("// Demo-trading key: ccxt sends OKX's demo header (x-simulated-trading: 1), so orders go to OKX "
                    + "demo trading.\n// That is not freqtrade's dry_run (simulated locally): dry_run stays as your "
                    + "config sets it.\n");
        }
        return write(out, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("exchange");
            g.writeStringField("name", t.freqtradeName());
            secretFields(g, k, "key", "secret", "password");
            g.writeObjectFieldStart("ccxt_config");
            if (t.site() == Site.CUSTOM) {
                where(g, t);
            }
            demoHeader(g, t);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /**
     * ccxt constructor options (plain JSON, no comments), plus the exchange id and where to connect
     * ({@code hostname}, or {@code urls.api.rest} for a plain-http or prefixed base URL). Demo keys get
     * {@code options.sandbox: true}, which ccxt's constructor turns into {@code setSandboxMode(true)} (REST and
     * WebSocket hosts), and OKX's demo header as well, for code that overrides the options.
     */
    char[] ccxt(ExportedKey k) {
        ExportTarget t = k.target();
        return write(new SecretText(), g -> {
            g.writeStartObject();
            g.writeStringField("exchange", t.ccxtId());
            secretFields(g, k, "apiKey", "secret", "password");
            where(g, t);
            if (t.demo()) {
                g.writeObjectFieldStart("options");
                g.writeBooleanField("sandbox", true);
                g.writeEndObject();
            }
            demoHeader(g, t);
            g.writeEndObject();
        });
    }

    /** ccxt's {@code hostname}, or {@code urls.api.rest} when {@code https://{hostname}} could not reach it. */
    private static void where(JsonGenerator g, ExportTarget t) throws IOException {
        if (t.needsFullRestUrl()) {
            g.writeObjectFieldStart("urls");
            g.writeObjectFieldStart("api");
            g.writeStringField("rest", t.restUrl());
            g.writeEndObject();
            g.writeEndObject();
        } else {
            g.writeStringField("hostname", t.hostname());
        }
    }

    /**
     * python-okx keyword arguments as a Python file: comments, then a dict in JSON syntax (only strings, whose JSON
     * escapes Python reads the same).
     */
    char[] pythonOkx(ExportedKey k) {
        ExportTarget t = k.target();
        SecretText out = new SecretText().text("# Keysmith export of \"" + k.nameForComment()
                + "\" for python-okx. PLAINTEXT SECRETS: keep this file private.\n"
                + "# Use: import okx.Account as Account; api = Account.AccountAPI(**OKX_CREDENTIALS, debug=False)\n"
                + "# flag \"1\" = demo trading, \"0\" = live.\nOKX_CREDENTIALS = ");
        return write(out, g -> {
            g.writeStartObject();
            secretFields(g, k, "api_key", "api_secret_key", "passphrase");
            g.writeStringField("flag", t.demo() ? "1" : "0");
            g.writeStringField("domain", t.domain());
            g.writeEndObject();
        });
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
        void write(JsonGenerator g) throws IOException;
    }

    private char[] write(SecretText out, Body body) {
        try (out) {
            try (JsonGenerator g = json.createGenerator(out).useDefaultPrettyPrinter()) {
                body.write(g);
            }
            out.text("\n");
            return out.take();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
