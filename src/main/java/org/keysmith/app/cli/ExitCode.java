package org.keysmith.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes every command shares (docs/cli.md, "Exit codes"). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int WRONG_PASSWORD = 2;
    public static final int DAMAGED_VAULT = 3;
    public static final int EXCHANGE_REFUSED = 4;
    public static final int NOTHING_MATCHED = 5;
    /** keysmith scan found a vault secret or unknown OKX credentials (docs/guardian.md). */
    public static final int LEAK_FOUND = 6;
    /** keysmith doctor found a fault in the key (docs/guardian.md). */
    public static final int KEY_FAULT = 7;
    public static final int USAGE = 64;

    private ExitCode() {
    }

    /** For the "Exit codes:" section of every command's help. */
    static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "done");
        m.put("1", "failed (the message says why)");
        m.put("2", "wrong master password");
        m.put("3", "damaged or too new vault");
        m.put("4", "the exchange refused or could not be reached");
        m.put("5", "no key or connection matched");
        m.put("6", "scan: a secret or OKX credentials were found");
        m.put("7", "doctor: the key has a fault (the report names it)");
        m.put("64", "wrong usage (unknown option, missing or bad value)");
        return m;
    }
}
