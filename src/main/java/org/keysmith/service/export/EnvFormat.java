package org.keysmith.service.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The environment variables a consumer reads its OKX key from, for {@code keysmith run}. Which variables, and the
 * sources they come from, are in docs/run.md.
 */
public enum EnvFormat {
    /** freqtrade's {@code FREQTRADE__EXCHANGE__*} variables. */
    FREQTRADE("freqtrade"),
    /**
     * {@code OKX_API_KEY}, {@code OKX_API_SECRET}, {@code OKX_API_PASSPHRASE}, {@code OKX_FLAG}, {@code OKX_BASE_URL}.
     */
    OKX("okx"),
    /** nautilus_trader's OKX adapter: {@code OKX_API_KEY}/… live, {@code OKX_DEMO_API_KEY}/… demo. */
    NAUTILUS("nautilus"),
    /** One variable, {@code OKX_CCXT}, holding ccxt's constructor options as JSON. */
    CCXT("ccxt"),
    /** The {@code okx} variables under a prefix of the user's ({@code --prefix BOT1_} gives {@code BOT1_API_KEY}). */
    ENV("env");

    private final String cliName;

    EnvFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<EnvFormat> byCliName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
    }

    /** "freqtrade, okx, nautilus, ccxt, env", for messages. */
    public static String names() {
        return Arrays.stream(values()).map(EnvFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
