package org.keysmith.okx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.keysmith.okx.dto.OkxEnvelope;

/**
 * Reads OKX's envelope from an answer: success rows, or the error code as an {@link OkxException}. Handles what
 * is not the API at all (HTML from a proxy or CDN, empty or oversized bodies) with a clear message.
 */
final class OkxResponseReader {
    static final long MAX_BYTES = 1024 * 1024;
    private final ObjectMapper json;

    OkxResponseReader(ObjectMapper json) {
        this.json = json;
    }

    /** The rows and the code they came with. */
    record Answer<T>(List<T> rows, String code) {
    }

    /** Reads the answer; the body's bytes (a create's answer holds the new secret) are wiped before returning. */
    <T> Answer<T> read(Response response, Class<T> rowType) throws IOException, OkxException {
        byte[] bytes = body(response);
        try {
            return read(response.code(), bytes, rowType);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private <T> Answer<T> read(int status, byte[] bytes, Class<T> rowType) throws IOException, OkxException {
        if (!looksLikeJson(bytes)) {
            throw notTheApi(status, bytes.length == 0);
        }
        JavaType type = json.getTypeFactory().constructParametricType(OkxEnvelope.class, rowType);
        OkxEnvelope<T> envelope;
        try {
            envelope = json.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw errorOrUnexpected(status, bytes, e);
        }
        if (envelope.code() == null) {
            throw unexpected(status, "the answer has no \"code\"", null);
        }
        if (!envelope.isSuccess()) {
            throw OkxException.fromCode(status, envelope.code(), envelope.msg());
        }
        if (status >= 500) {
            throw unknownOutcome(status);
        }
        return new Answer<>(envelope.data() == null ? List.of() : envelope.data(), envelope.code());
    }

    private static byte[] body(Response response) throws IOException, OkxException {
        ResponseBody body = response.body();
        if (body == null) {
            return new byte[0];
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BYTES + 1)) {
            throw OkxException.badResponse(response.code(), "The exchange's answer was larger than 1 MB, which no "
                    + "OKX answer Keysmith asks for should be; it was not read. Check the connection's URL.", null);
        }
        return source.getBuffer().readByteArray();
    }

    private static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return false;
    }

    /** The typed parse failed: an error envelope whose data has another shape, or not OKX's format at all. */
    private OkxException errorOrUnexpected(int status, byte[] bytes, JsonProcessingException cause) {
        try {
            JsonNode node = json.readTree(bytes);
            String code = node.path("code").asText(null);
            if (code != null && !code.equals(OkxEnvelope.SUCCESS)) {
                return OkxException.fromCode(status, code, node.path("msg").asText(""));
            }
        } catch (IOException ignored) {
            // not JSON after all; reported below
        }
        return unexpected(status, "its format is not OKX's", cause);
    }

    private static OkxException notTheApi(int status, boolean empty) {
        if (status == 429) {
            return OkxException.rateLimited(status, OkxError.RATE_LIMIT.userMessage());
        }
        if (status >= 500) {
            return unknownOutcome(status);
        }
        String what = empty ? "an empty answer" : "a page that is not the API (HTML from a proxy, firewall or CDN)";
        return OkxException.badResponse(status, "The exchange answered HTTP "
                + status + " with " + what + ". Check the connection's site or URL; if you use a proxy or VPN, "
                + "try without it.", null);
    }

    private static OkxException unknownOutcome(int status) {
        return OkxException.outcomeUnknown(status, "OKX had a server error "
                + "(HTTP " + status + ") while handling the request, so it is not known whether it was carried "
                + "out. Nothing was repeated automatically; check the key list (Sync) before trying again.", null);
    }

    private static OkxException unexpected(int status, String why, Throwable cause) {
        return OkxException.badResponse(status, "The exchange's answer could not be read (" + why + "). Check the "
                + "connection's site or URL.", cause);
    }
}
