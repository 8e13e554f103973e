package org.keysmith.okx.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.dto.OkxEnvelope;

/**
 * An OKX error answer a server sends: the code, its HTTP status, and the message with {@code {param0}} filled in.
 * No stack trace is taken (it is a reply, not a fault).
 */
public class OkxRejection extends Exception {
    private final OkxError error;
    private final int status;
    private final String message;

    public OkxRejection(OkxError error, String... params) {
        this(error, OkxReplies.of(error), params);
    }

    /** {@code error} answered with {@code reply}'s status and text (a row of OKX's table other than the usual). */
    public OkxRejection(OkxError error, OkxReplies.Reply reply, String... params) {
        super(error.code(), null, false, false);
        this.error = error;
        this.status = reply.status();
        String m = reply.message();
        for (int i = 0; i < params.length; i++) {
            m = m.replace("{param" + i + "}", params[i]);
        }
        this.message = m;
    }

    public OkxError error() {
        return error;
    }

    public int status() {
        return status;
    }

    public String okxMessage() {
        return message;
    }

    /**
     * Live OKX leaves {@code data} out of its authentication (401) and rate-limit (429) answers, e.g.
     * {@code {"msg":"API key doesn't exist","code":"50119"}}; its business errors (HTTP 200) carry {@code "data":[]}.
     */
    public boolean hasData() {
        return status != 401 && status != 429;
    }

    /** The answer's body as OKX shapes it ({@link #hasData()}), for a JSON writer. */
    public Object body() {
        if (hasData()) {
            return new OkxEnvelope<>(error.code(), message, List.of());
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("msg", message);
        body.put("code", error.code());
        return body;
    }
}
