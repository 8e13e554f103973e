package org.keysmith.sandbox;

import org.keysmith.okx.OkxError;

/** An OKX error answer: the code, its HTTP status, and the message with {@code {param0}} filled in. */
final class Rejection extends Exception {
    private final OkxError error;
    private final String message;

    Rejection(OkxError error, String... params) {
        super(error.code(), null, false, false);
        this.error = error;
        String m = error.okxMessage();
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

    OkxError error() {
        return error;
    }

    int status() {
        return error.httpStatus();
    }

    String okxMessage() {
        return message;
    }
}
