package org.keysmith.sandbox;

import org.keysmith.okx.OkxError;
import org.keysmith.okx.server.OkxRejection;
import org.keysmith.okx.server.OkxReplies;

/** An OKX error answer of the Sandbox, with the shorthands its endpoints use. */
final class Rejection extends OkxRejection {

    Rejection(OkxError error, String... params) {
        super(error, params);
    }

    private Rejection(OkxError error, OkxReplies.Reply reply) {
        super(error, reply);
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
        return new Rejection(OkxError.RATE_LIMIT, OkxReplies.RATE_LIMIT_200);
    }
}
