package org.keysmith.service.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The bot and library configurations a key can be exported to. All of them hold the secret in plain text. */
public enum ExportFormat {
    FREQTRADE("freqtrade", "freqtrade config (JSON)", "config-okx.json"),
    HUMMINGBOT("hummingbot", "Hummingbot connector (conf_okx.yml)", "conf_okx.yml"),
    CCXT("ccxt", "ccxt options (JSON)", "okx-ccxt.json"),
    PYTHON_OKX("python-okx", "python-okx arguments (Python)", "okx_credentials.py"),
    ENV("env", ".env variables", ".env");

    private final String cliName;
    private final String label;
    private final String fileName;

    ExportFormat(String cliName, String label, String fileName) {
        this.cliName = cliName;
        this.label = label;
        this.fileName = fileName;
    }

    public String cliName() {
        return cliName;
    }

    /** The usual file name, offered when saving. */
    public String fileName() {
        return fileName;
    }

    public static Optional<ExportFormat> byCliName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
