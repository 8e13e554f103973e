package org.keysmith.okx.server;

import java.util.EnumMap;
import java.util.Map;
import org.keysmith.okx.OkxError;

/**
 * How a server that speaks OKX (the Sandbox, the relay) answers each OKX error: the HTTP status and {@code msg}
 * live OKX sends (docs/okx-protocol.md section 6). The texts follow OKX's current error table; where live OKX is
 * seen to differ from the table, live behaviour wins and the entry says so. The client never reads these: it keys
 * on the code alone.
 */
public final class OkxReplies {
    /** An error answer's HTTP status and OKX message ({@code {param0}} placeholders filled in by the caller). */
    public record Reply(int status, String message) {
    }

    private static final Map<OkxError, Reply> REPLIES = new EnumMap<>(OkxError.class);

    static {
        put(OkxError.EMPTY_BODY, 400, "Body for POST request cannot be empty.");
        put(OkxError.SERVICE_UNAVAILABLE, 503, "Service temporarily unavailable. Please try again later.");
        put(OkxError.JSON_SYNTAX, 400, "JSON syntax error");
        put(OkxError.ENDPOINT_TIMEOUT, 400, "API endpoint request timeout");
        put(OkxError.ENDPOINT_OFFLINE, 410, "API endpoint is inactive or unavailable.");
        put(OkxError.CONTENT_TYPE, 400, "Invalid Content-Type. Please use \"application/JSON\".");
        // The error table has two rows for 50011: HTTP 200 "Rate limit reached. ..." and HTTP 429 "Too Many
        // Requests"; a live 429 body reads {"msg":"Too Many Requests","code":"50011"}. The 200 form is
        // RATE_LIMIT_200 below (FaultPlan.rateLimitedWithHttp200).
        put(OkxError.RATE_LIMIT, 429, "Too Many Requests");
        put(OkxError.SYSTEM_BUSY, 429, "Systems are busy. Please try again later.");
        put(OkxError.PARAMETER_EMPTY, 400, "Parameter {param0} can not be empty.");
        put(OkxError.PARAMETER_ERROR_50015, 400, "Either parameter {param0} or {param1} is required.");
        put(OkxError.SYSTEM_ERROR, 500, "System error. Try again later.");
        put(OkxError.NO_PERMISSION, 200, "You don't have permission to use this API endpoint");
        put(OkxError.IP_BINDING_REQUIRED, 403, "This endpoint requires that APIKey must be bound to IP");
        put(OkxError.DEMO_UNAVAILABLE, 200, "This feature is unavailable in demo trading");
        put(OkxError.TOO_FREQUENT, 200, "Too frequent operations, please try again later");
        put(OkxError.API_FROZEN, 400, "API frozen, please contact customer service.");
        put(OkxError.ENVIRONMENT_MISMATCH, 401, "APIKey does not match current environment.");
        put(OkxError.TIMESTAMP_EXPIRED, 401, "Timestamp request expired");
        put(OkxError.MISSING_KEY, 401, "Request header \"OK-ACCESS-KEY\" cannot be empty.");
        put(OkxError.MISSING_PASSPHRASE, 401, "Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty.");
        put(OkxError.WRONG_PASSPHRASE, 401, "Request header \"OK-ACCESS-PASSPHRASE\" incorrect.");
        put(OkxError.MISSING_SIGN, 401, "Request header \"OK-ACCESS-SIGN\" cannot be empty.");
        put(OkxError.MISSING_TIMESTAMP, 401, "Request header \"OK-ACCESS-TIMESTAMP\" cannot be empty.");
        put(OkxError.EXCHANGE_ID_MISSING, 401, "Exchange ID does not exist.");
        put(OkxError.EXCHANGE_DOMAIN_MISSING, 401, "Exchange domain does not exist.");
        put(OkxError.IP_NOT_ALLOWED, 401, "Your IP {param0} is not included in your API key's IP whitelist.");
        put(OkxError.INVALID_KEY, 401, "Invalid OK-ACCESS-KEY.");
        put(OkxError.INVALID_TIMESTAMP, 401, "Invalid OK-ACCESS-TIMESTAMP.");
        put(OkxError.INVALID_SIGN, 401, "Invalid signature.");
        put(OkxError.INVALID_AUTHORIZATION, 401, "Invalid authorization.");
        put(OkxError.WRONG_METHOD, 405, "Invalid request method.");
        put(OkxError.THIRD_PARTY_IP, 200,
                "To link your API key to a third-party app, please whitelist the app's IP addresses.");
        // The table says HTTP 200; live OKX answers 401 with this text (no period) and no "data".
        put(OkxError.KEY_DOES_NOT_EXIST, 401, "API key doesn't exist");
        put(OkxError.KEY_LACKS_PERMISSION, 200, "This API key doesn't have permission to use this function.");
        put(OkxError.IP_REGION_BLOCKED, 200, "You can't access our services through the IP address ({param0}).");
        put(OkxError.PARAMETER_ERROR, 400, "Parameter {param0} error");
        put(OkxError.MAIN_ACCOUNT_ONLY, 200, "Only the API key of the main account has permission.");
        put(OkxError.KEY_LIMIT, 200, "Each account can create up to 50 API keys");
        put(OkxError.DUPLICATE_LABEL, 200, "This note name already exists. Enter a unique API key note name");
        put(OkxError.TOO_MANY_IPS, 200, "Each API key can bind up to 20 IP addresses");
        put(OkxError.NO_SUB_ACCOUNT_WITHDRAW, 200,
                "Sub-accounts don't support withdrawals. Please use your main account for withdrawals.");
        put(OkxError.PASSPHRASE_FORMAT, 200, "The passphrase format is incorrect.");
        put(OkxError.SUB_KEY_DOES_NOT_EXIST, 200, "API key doesn't exist.");
        put(OkxError.SUB_ACCOUNT_SUSPENDED, 200, "The sub account of {param0} is suspended");
        put(OkxError.SUB_ACCOUNT_DOES_NOT_EXIST, 200, "Sub-account does not exist");
        put(OkxError.SUB_ACCOUNT_VIA_API_REFUSED, 200,
                "You can't create a sub-account using the API; please use the app or web.");
        put(OkxError.SUB_ACCOUNT_CREATED_LEVEL_FAILED, 200, "Sub-account created. Account level setup failed.");
        put(OkxError.SUB_ACCOUNT_CREATE_FAILED, 200, "Sub-account creation failed.");
        put(OkxError.SUB_ACCOUNT_NAME_TAKEN, 200, "Subaccount name already exists.");
        put(OkxError.SUB_ACCOUNT_LIMIT, 200, "Maximum number of sub-accounts reached.");
        put(OkxError.MAIN_ACCOUNT_KEY_ONLY, 200, "Only the API key of the main account can access this API.");
    }

    /** 50011 in its HTTP 200 form, the other row of OKX's table. */
    public static final Reply RATE_LIMIT_200 = new Reply(200,
            "Rate limit reached. Please refer to API documentation and throttle requests accordingly.");

    private OkxReplies() {
    }

    private static void put(OkxError e, int status, String message) {
        REPLIES.put(e, new Reply(status, message));
    }

    /** The reply for {@code e}; every {@link OkxError} has one ({@code RepliesTest} checks). */
    public static Reply of(OkxError e) {
        Reply r = REPLIES.get(e);
        if (r == null) {
            throw new IllegalStateException("no reply for OKX error " + e.code());
        }
        return r;
    }
}
