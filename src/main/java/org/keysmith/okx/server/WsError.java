package org.keysmith.okx.server;

/**
 * The error codes of OKX's WebSocket API that a server speaking it (the Sandbox, the relay) answers with, and their
 * messages ({@code {0}} filled in by the caller). Sent as {@code {"event":"error","code":…,"msg":…,"connId":…}}
 * (https://www.okx.com/docs-v5/en/#error-code-websocket-public).
 */
public enum WsError {
    KEY_EMPTY("60001", "\"OK-ACCESS-KEY\" can not be empty"),
    SIGN_EMPTY("60002", "\"OK-ACCESS-SIGN\" can not be empty"),
    PASSPHRASE_EMPTY("60003", "\"OK-ACCESS-PASSPHRASE\" can not be empty"),
    INVALID_TIMESTAMP("60004", "Invalid OK-ACCESS-TIMESTAMP"),
    INVALID_KEY("60005", "Invalid OK-ACCESS-KEY"),
    TIMESTAMP_EXPIRED("60006", "Timestamp request expired"),
    INVALID_SIGN("60007", "Invalid sign"),
    LOGIN_FAILED("60009", "Login failed."),
    PLEASE_LOG_IN("60011", "Please log in"),
    INVALID_REQUEST("60012", "Invalid request: {0}"),
    INVALID_ARGS("60013", "Invalid args"),
    WRONG_CHANNEL("60018", "Wrong URL or channel:{0}, instId or instType doesn't exist. Please check the URL"),
    INVALID_OP("60019", "Invalid op: {0}"),
    WRONG_PASSPHRASE("60024", "Wrong passphrase"),
    KEY_DOES_NOT_EXIST("60032", "API key doesn't exist.");

    private final String code;
    private final String message;

    WsError(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    /** The message with {@code {0}} replaced by {@code param} (or left out when there is none). */
    public String message(String param) {
        return message.replace("{0}", param == null ? "" : param);
    }
}
