package org.keysmith.okx;

import java.time.Duration;

/** The OKX endpoints Keysmith uses, with their documented rate limits (docs/okx-protocol.md section 5). */
public enum OkxEndpoint {
    SERVER_TIME("GET", "/api/v5/public/time", false, false, 10, Duration.ofSeconds(2)),
    ACCOUNT_CONFIG("GET", "/api/v5/account/config", true, false, 5, Duration.ofSeconds(2)),
    SUB_ACCOUNT_LIST("GET", "/api/v5/users/subaccount/list", true, false, 20, Duration.ofSeconds(2)),
    CREATE_SUB_ACCOUNT("POST", "/api/v5/users/subaccount/create-subaccount", true, true, 1, Duration.ofSeconds(1)),
    CREATE_API_KEY("POST", "/api/v5/users/subaccount/apikey", true, true, 1, Duration.ofSeconds(1)),
    QUERY_API_KEYS("GET", "/api/v5/users/subaccount/apikey", true, false, 20, Duration.ofSeconds(2)),
    MODIFY_API_KEY("POST", "/api/v5/users/subaccount/modify-apikey", true, true, 1, Duration.ofSeconds(1)),
    DELETE_API_KEY("POST", "/api/v5/users/subaccount/delete-apikey", true, true, 1, Duration.ofSeconds(1)),
    SET_TRANSFER_OUT("POST", "/api/v5/users/subaccount/set-transfer-out", true, true, 1, Duration.ofSeconds(1));

    private final String method;
    private final String path;
    private final boolean signed;
    private final boolean write;
    private final int limit;
    private final Duration window;

    OkxEndpoint(String method, String path, boolean signed, boolean write, int limit, Duration window) {
        this.method = method;
        this.path = path;
        this.signed = signed;
        this.write = write;
        this.limit = limit;
        this.window = window;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Needs the OK-ACCESS-* headers. */
    public boolean signed() {
        return signed;
    }

    /** Changes state on the exchange: never retried automatically, needs Trade and an IP-bound master key. */
    public boolean write() {
        return write;
    }

    /** Requests allowed per {@link #window()}. */
    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
