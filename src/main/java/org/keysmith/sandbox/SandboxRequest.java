package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keysmith.okx.OkxError;
import java.util.Locale;

/** One request as the sandbox sees it: method, path, raw and parsed query, exact body bytes, headers, caller IP. */
record SandboxRequest(String method, String path, String rawQuery, byte[] body, Headers headers, String remoteIp) {

    String header(String name) {
        String v = headers.getFirst(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The path and query exactly as received, which is what the client signed. */
    String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }

    Map<String, String> query() {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The POST body as a JSON object, with OKX's errors for empty bodies, wrong content type and bad JSON. */
    JsonNode json(ObjectMapper mapper) throws Rejection {
        String type = header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Rejection(OkxError.CONTENT_TYPE);
        }
        if (body.length == 0) {
            throw new Rejection(OkxError.EMPTY_BODY);
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new Rejection(OkxError.JSON_SYNTAX);
            }
            return node;
        } catch (IOException e) {
            throw new Rejection(OkxError.JSON_SYNTAX);
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
