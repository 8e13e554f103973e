package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.keysmith.domain.KeyStatus;

/** Key statuses as the command line and the JSON output spell them: active, revoked, not_seen, ... */
final class StatusTokens implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(KeyStatus.values()).map(StatusTokens::token).iterator();
    }

    static String token(KeyStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    static KeyStatus parse(String text) throws CliFailure {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (KeyStatus s : KeyStatus.values()) {
            if (token(s).equals(t)) {
                return s;
            }
        }
        throw CliFailure.usage("--status: '" + text + "' is not a key status; use one of "
                + String.join(", ", new StatusTokens()));
    }
}
