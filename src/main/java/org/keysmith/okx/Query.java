package org.keysmith.okx;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds a query string ({@code k=v&k2=v2}, in the given order, null values left out, values encoded). */
final class Query {
    private Query() {
    }

    static String of(String... keysAndValues) {
        StringJoiner j = new StringJoiner("&");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            String v = keysAndValues[i + 1];
            if (v != null && !v.isEmpty()) {
                j.add(keysAndValues[i] + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return j.toString();
    }
}
