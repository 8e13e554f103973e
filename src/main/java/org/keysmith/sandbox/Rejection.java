package org.keysmith.sandbox;

import org.keysmith.okx.OkxError;

/** An OKX error answer: the code, its HTTP status, and the message with {@code {param0}} filled in. */
final class Rejection extends Exception {
    private final OkxError error;
    private final int status;
    private final String message;

    Rejection(OkxError error, String... params) {
        this(error, Replies.of(error), params);
    }

    private Rejection(OkxError error, Replies.Reply reply, String... params) {
        super(error.code(), null, false, false);
        this.error = error;
        this.status = reply.status();
        String m = reply.message();
        for (int i = 0; i < params.length; i++) {
            m = m.replace("{param" + i + "}", params[i]);
        }
        this.message = m;
    }

    /** A bad value: OKX's "Parameter {param0} error" (51000). */
    static Rejection badParameter(String name) {
        return new Rejection(OkxError.PARAMETER_ERROR, name);
    }

    /** A missing value: "Parameter {param0} can not be empty." (50014). */
    static Rejection missing(String name) {
        return new Rejection(OkxError.PARAMETER_EMPTY, name);
    }

    /** 50011 as HTTP 200 "Rate limit reached. ...", the form OKX's table lists beside the 429. */
    static Rejection rateLimitedWithHttp200() {
        return new Rejection(OkxError.RATE_LIMIT, Replies.RATE_LIMIT_200);
    }

    OkxError error() {
        return error;
    }

    int status() {
        return status;
    }

    String okxMessage() {
        return message;
    }

    /**
     * Live OKX leaves {@code data} out of its authentication (401) and rate-limit (429) answers, e.g.
     * {@code {"msg":"API key doesn't exist","code":"50119"}}; its business errors (HTTP 200) carry {@code "data":[]}.
     */
    boolean hasData() {
        return status != 401 && status != 429;
    }
}
