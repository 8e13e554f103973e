package org.keysmith.okx;

import java.util.Optional;
import org.keysmith.domain.HasUserMessage;

/**
 * A failed OKX call: HTTP status (0 when no answer arrived), OKX code and message when there was one, and a
 * message for the user that says what to do. Never carries a header, a body or a secret. Made through the named
 * factories below, one per kind of failure.
 */
public final class OkxException extends Exception implements HasUserMessage {
    /** What kind of failure, for callers that react differently (retry, reconcile, explain). */
    public enum Kind { EXCHANGE_ERROR, RATE_LIMITED, TRANSPORT, OUTCOME_UNKNOWN, BAD_RESPONSE }

    private final Kind kind;
    private final int httpStatus;
    private final String code;
    private final String okxMessage;
    private final String userMessage;

    private OkxException(Kind kind, int httpStatus, String code, String okxMessage, String userMessage,
                         Throwable cause) {
        super(describe(kind, httpStatus, code, okxMessage), cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = code;
        this.okxMessage = okxMessage;
        this.userMessage = userMessage;
    }

    /** An error answer of the exchange ({@code code} != "0"). */
    public static OkxException fromCode(int httpStatus, String code, String okxMessage) {
        Optional<OkxError> known = OkxError.of(code);
        String user = known.map(OkxError::userMessage).orElse("OKX refused the request: " + okxMessage
                + " (code " + code + ").");
        return new OkxException(kindOf(known.orElse(null)), httpStatus, code, okxMessage, user, null);
    }

    /** Nothing reached the exchange (bad URL, refused connection, unsafe scheme, cancelled). */
    public static OkxException transport(String userMessage, Throwable cause) {
        return new OkxException(Kind.TRANSPORT, 0, null, null, userMessage, cause);
    }

    /** The request may have been carried out, but no usable answer came back (timeout after sending, 5xx). */
    public static OkxException outcomeUnknown(int httpStatus, String userMessage, Throwable cause) {
        return new OkxException(Kind.OUTCOME_UNKNOWN, httpStatus, null, null, userMessage, cause);
    }

    /** An answer that is not OKX's format, or a success without the data it should carry. */
    public static OkxException badResponse(int httpStatus, String userMessage, Throwable cause) {
        return new OkxException(Kind.BAD_RESPONSE, httpStatus, null, null, userMessage, cause);
    }

    /** Rate limited without an OKX code (a bare HTTP 429 from a proxy or CDN). */
    public static OkxException rateLimited(int httpStatus, String userMessage) {
        return new OkxException(Kind.RATE_LIMITED, httpStatus, null, null, userMessage, null);
    }

    /** Refused on this side before any request (for example: the connection has no master key). */
    public static OkxException refusedLocally(String userMessage) {
        return new OkxException(Kind.EXCHANGE_ERROR, 0, null, null, userMessage, null);
    }

    /** The same failure (status, code, kind) with another message for the user; this one is kept as the cause. */
    public OkxException withUserMessage(String message) {
        return new OkxException(kind, httpStatus, code, okxMessage, message, this);
    }

    private static Kind kindOf(OkxError e) {
        if (e == null) {
            return Kind.EXCHANGE_ERROR;
        }
        if (e.isRetryableLoad()) {
            return Kind.RATE_LIMITED;
        }
        boolean serverTrouble = e == OkxError.ENDPOINT_TIMEOUT || e == OkxError.SYSTEM_ERROR
                || e == OkxError.SERVICE_UNAVAILABLE;
        return serverTrouble ? Kind.OUTCOME_UNKNOWN : Kind.EXCHANGE_ERROR;
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** OKX's code, or null when the answer had none (transport failures, non-JSON answers). */
    public String code() {
        return code;
    }

    public Optional<OkxError> error() {
        return OkxError.of(code);
    }

    public boolean is(OkxError error) {
        return error().filter(e -> e == error).isPresent();
    }

    public String okxMessage() {
        return okxMessage;
    }

    @Override
    public String userMessage() {
        return userMessage;
    }

    private static String describe(Kind kind, int status, String code, String msg) {
        return kind + " HTTP " + status + (code == null ? "" : " code " + code + " " + msg);
    }
}
