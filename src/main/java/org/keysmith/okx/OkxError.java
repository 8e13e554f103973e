package org.keysmith.okx;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OKX error codes Keysmith can meet: the exchange's HTTP status and message (as the sandbox answers
 * them) and a message for the user that says what happened and what to do. Source: docs/okx-protocol.md section 6.
 */
public enum OkxError {
    EMPTY_BODY("50000", 400, "Body for POST request cannot be empty.",
            "Keysmith sent an empty request. Please report this as a bug."),
    SERVICE_UNAVAILABLE("50001", 503, "Service temporarily unavailable. Please try again later.",
            "OKX is temporarily unavailable (maintenance or overload). Try again in a few minutes."),
    JSON_SYNTAX("50002", 400, "JSON syntax error",
            "OKX could not read the request. Please report this as a bug."),
    ENDPOINT_TIMEOUT("50004", 400, "API endpoint request timeout",
            "OKX timed out handling the request; it may or may not have been carried out. "
                    + "Keysmith checks the key list before trying again."),
    ENDPOINT_OFFLINE("50005", 410, "API is offline or unavailable.",
            "OKX has switched this function off. Check OKX's announcements, or update Keysmith."),
    CONTENT_TYPE("50006", 400, "Invalid Content-Type, please use \"application/json\" format.",
            "OKX rejected the request format. Please report this as a bug."),
    RATE_LIMIT("50011", 429, "Rate limit reached. Please refer to API documentation and throttle requests accordingly.",
            "Too many requests to OKX in a short time. Wait a few seconds and try again."),
    SYSTEM_BUSY("50013", 429, "Systems are busy. Please try again later.",
            "OKX is busy right now. Wait a little and try again."),
    PARAMETER_EMPTY("50014", 400, "Parameter {param0} can not be empty.",
            "A required field was missing from the request. Check the form and try again."),
    PARAMETER_ERROR_50015("50015", 400, "Either parameter {param0} or {param1} is required.",
            "A required field was missing from the request. Check the form and try again."),
    SYSTEM_ERROR("50026", 500, "System error. Try again later.",
            "OKX had an internal error. Try again later."),
    NO_PERMISSION("50030", 200, "You don't have permission to use this API endpoint",
            "The master key may not use this function. On OKX, give the master key the Trade permission."),
    IP_BINDING_REQUIRED("50035", 403, "This endpoint requires that APIKey must be bound to IP",
            "OKX only lets a master key that is bound to IP addresses manage sub-account keys. On the OKX "
                    + "website, edit the master key and add this computer's IP address, then try again."),
    DEMO_UNAVAILABLE("50038", 200, "This feature is unavailable in demo trading",
            "This function is not available in demo trading. Use a live connection for it."),
    TOO_FREQUENT("50040", 200, "Too frequent operations, please try again later",
            "Too many changes in a short time. Wait a minute and try again."),
    API_FROZEN("50100", 400, "API frozen, please contact customer service.",
            "OKX has frozen this API key. Contact OKX support."),
    ENVIRONMENT_MISMATCH("50101", 401, "APIKey does not match current environment.",
            "This key belongs to the other trading environment. Switch the connection between Live and "
                    + "Demo trading (demo keys are created under Demo Trading on OKX)."),
    TIMESTAMP_EXPIRED("50102", 401, "Timestamp request expired",
            "This computer's clock is too far off OKX's time. Keysmith corrects for it automatically; if this "
                    + "keeps happening, turn on automatic time in your system settings."),
    MISSING_KEY("50103", 401, "Request header \"OK-ACCESS-KEY\" cannot be empty.",
            "The request was not signed. Check the connection's API key and try again."),
    MISSING_PASSPHRASE("50104", 401, "Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty.",
            "The request was not signed. Check the connection's passphrase and try again."),
    WRONG_PASSPHRASE("50105", 401, "Request header \"OK-ACCESS-PASSPHRASE\" incorrect.",
            "The passphrase does not match this API key. Enter the passphrase you chose when the key was "
                    + "created (OKX cannot recover it)."),
    MISSING_SIGN("50106", 401, "Request header \"OK-ACCESS-SIGN\" cannot be empty.",
            "The request was not signed. Check the connection's secret key and try again."),
    MISSING_TIMESTAMP("50107", 401, "Request header \"OK-ACCESS-TIMESTAMP\" cannot be empty.",
            "The request was not signed properly. Please report this as a bug."),
    EXCHANGE_ID_MISSING("50108", 401, "Exchange ID does not exist.",
            "OKX does not recognise this exchange. Check the connection's site."),
    EXCHANGE_DOMAIN_MISSING("50109", 401, "Exchange domain does not exist.",
            "OKX does not recognise this domain. Check the connection's site or custom URL."),
    IP_NOT_ALLOWED("50110", 401, "Your IP {param0} is not included in your API key's IP whitelist.",
            "This computer's IP address is not on the key's IP allowlist. On the OKX website, add this "
                    + "computer's IP address to the key, or use Keysmith from an allowed address."),
    INVALID_KEY("50111", 401, "Invalid OK-ACCESS-KEY.",
            "OKX does not know this API key. Check that it was copied completely and belongs to this site."),
    INVALID_TIMESTAMP("50112", 401, "Invalid OK-ACCESS-TIMESTAMP.",
            "The request's time stamp was malformed. Please report this as a bug."),
    INVALID_SIGN("50113", 401, "Invalid Sign.",
            "The secret key does not match this API key (signature rejected). Check that the secret key was "
                    + "copied completely, and that the passphrase was not entered as the secret."),
    INVALID_AUTHORIZATION("50114", 401, "Invalid authorization.",
            "OKX rejected the key's authorization. Check the API key, secret key and passphrase."),
    WRONG_METHOD("50115", 405, "Invalid request method.",
            "OKX rejected the request method. Please report this as a bug."),
    THIRD_PARTY_IP("50118", 200, "To link your API key to a third-party app, please whitelist the app's IP addresses.",
            "A key for a third-party app must be bound to that app's IP addresses. Add them and try again."),
    KEY_DOES_NOT_EXIST("50119", 200, "API key doesn't exist.",
            "OKX does not know this API key on this site. Keys only work on the site where they were made: "
                    + "switch the connection between Global (www.okx.com), EEA (my.okx.com) and US (app.okx.com)."),
    KEY_LACKS_PERMISSION("50120", 200, "This API key doesn't have permission to use this function.",
            "The master key lacks the permission for this. On the OKX website, give it Read and Trade."),
    IP_REGION_BLOCKED("50121", 200, "You can't access our services through the IP address ({param0}).",
            "OKX does not allow access from this IP address or region."),
    PARAMETER_ERROR("51000", 400, "Parameter {param0} error",
            "OKX rejected a value in the request. Check the form and try again."),
    MAIN_ACCOUNT_ONLY("59500", 200, "Only the APIKey of the main account has permission for this operation.",
            "Only a key of the main account can manage sub-account keys. Use a master key created on the "
                    + "main account, not a sub-account's key."),
    KEY_LIMIT("59501", 200, "Only 50 APIKeys can be created per account",
            "This sub-account already has 50 keys, the most OKX allows. Revoke keys you no longer use first."),
    DUPLICATE_LABEL("59502", 200, "Note name cannot be duplicate with the currently created APIKey note name.",
            "This sub-account already has a key with that name. Choose another name."),
    TOO_MANY_IPS("59503", 200, "Each APIKey can bind up to 20 IP addresses",
            "A key can be bound to at most 20 IP addresses. Remove some, or use a CIDR block."),
    NO_SUB_ACCOUNT_WITHDRAW("59504", 200, "The sub account does not support the withdrawal function",
            "Sub-account keys cannot have the Withdraw permission. Untick Withdraw."),
    PASSPHRASE_FORMAT("59505", 200, "The passphrase format is incorrect.",
            "OKX rejected the passphrase: use 8–32 characters with upper- and lower-case letters, a digit and a "
                    + "special character."),
    SUB_KEY_DOES_NOT_EXIST("59506", 200, "APIKey does not exist",
            "This key no longer exists on OKX (it may have been deleted on the website)."),
    SUB_ACCOUNT_SUSPENDED("59508", 200, "The sub account of {param0} is suspended",
            "This sub-account is suspended on OKX. Re-enable it on the OKX website first."),
    SUB_ACCOUNT_DOES_NOT_EXIST("59510", 200, "Sub-account does not exist",
            "This sub-account does not exist on OKX. Sync the connection or pick another sub-account."),
    SUB_ACCOUNT_VIA_API_REFUSED("59518", 200, "You can't create a sub-account using the API; please use the app or web.",
            "OKX does not let this account create sub-accounts through the API. Create it on the OKX website, "
                    + "then pick it here."),
    SUB_ACCOUNT_NAME_TAKEN("59601", 200, "This sub-account name already exists, try another name.",
            "A sub-account with that name already exists. Choose another name."),
    SUB_ACCOUNT_LIMIT("59603", 200, "Maximum number of sub-accounts reached.",
            "This account has as many sub-accounts as OKX allows. Use an existing one."),
    MAIN_ACCOUNT_KEY_ONLY("59604", 200, "Only the API key of the main account can access this API.",
            "Only a key of the main account can do this. Use a master key created on the main account.");

    private static final Map<String, OkxError> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(OkxError::code, Function.identity()));

    private final String code;
    private final int httpStatus;
    private final String okxMessage;
    private final String userMessage;

    OkxError(String code, int httpStatus, String okxMessage, String userMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.okxMessage = okxMessage;
        this.userMessage = userMessage;
    }

    /**
     * Looks up a code as OKX sends it; a sub-code suffix ({@code 51008_1000}) is ignored.
     */
    public static Optional<OkxError> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int underscore = code.indexOf('_');
        return Optional.ofNullable(BY_CODE.get(underscore < 0 ? code.trim() : code.substring(0, underscore).trim()));
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String okxMessage() {
        return okxMessage;
    }

    public String userMessage() {
        return userMessage;
    }

    /** Rate limited or overloaded: waiting and retrying a read is safe. */
    public boolean isRetryableLoad() {
        return this == RATE_LIMIT || this == SYSTEM_BUSY || this == TOO_FREQUENT;
    }
}
