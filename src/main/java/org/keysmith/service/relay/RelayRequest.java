package org.keysmith.service.relay;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One request as the bot sent it: method, raw path, raw query (null when there is none), the exact body bytes and a
 * way to read a header. {@code toString} shows method and path only.
 */
record RelayRequest(String method, String path, String rawQuery, byte[] body, UnaryOperator<String> header) {

    /** The path and query exactly as received: what the bot signed. */
    String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }

    /** The decoded values of query parameter {@code name}, in order (a name may repeat). */
    List<String> queryValues(String name) {
        List<String> out = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (k.equals(name)) {
                out.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    boolean signed() {
        String k = header.apply("OK-ACCESS-KEY");
        return k != null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException bad) {
            return s;
        }
    }

    @Override
    public String toString() {
        return "RelayRequest[" + method + " " + path + "]";
    }
}
