package org.keysmith.okx;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OKX error codes Keysmith can meet, each with a message for the user that says what happened and what to do.
 * The client keys on the code only (never on OKX's text or the HTTP status). The HTTP status and text a server
 * answers with (the Sandbox, the relay) are {@code okx/server/OkxReplies}'. Source: docs/okx-protocol.md section 6.
 */
public enum OkxError {
    EMPTY_BODY("50000", "Keysmith sent an empty request. Please report this as a bug."),
    SERVICE_UNAVAILABLE("50001",
            "OKX is temporarily unavailable (maintenance or overload). Try again in a few minutes."),
    JSON_SYNTAX("50002", "OKX could not read the request. Please report this as a bug."),
    ENDPOINT_TIMEOUT("50004", "OKX timed out handling the request; it may or may not have been carried out. "
                    + "Keysmith checks the key list before trying again."),
    ENDPOINT_OFFLINE("50005", "OKX has switched this function off. Check OKX's announcements, or update Keysmith."),
    CONTENT_TYPE("50006", "OKX rejected the request format. Please report this as a bug."),
    RATE_LIMIT("50011", "Too many requests to OKX in a short time. Wait a few seconds and try again."),
    SYSTEM_BUSY("50013", "OKX is busy right now. Wait a little and try again."),
    PARAMETER_EMPTY("50014", "A required field was missing from the request. Check the form and try again."),
    PARAMETER_ERROR_50015("50015", "A required field was missing from the request. Check the form and try again."),
    SYSTEM_ERROR("50026", "OKX had an internal error. Try again later."),
    NO_PERMISSION("50030",
            "The master key may not use this function. On OKX, give the master key the Trade permission."),
    IP_BINDING_REQUIRED("50035",
            "OKX only lets a master key that is bound to IP addresses manage sub-account keys. On the OKX "
                    + "website, edit the master key and add this computer's IP address, then try again."),
    DEMO_UNAVAILABLE("50038", "This function is not available in demo trading. Use a live connection for it."),
    TOO_FREQUENT("50040", "Too many changes in a short time. Wait a minute and try again."),
    API_FROZEN("50100", "OKX has frozen this API key. Contact OKX support."),
    ENVIRONMENT_MISMATCH("50101",
            "This key belongs to the other trading environment. Switch the connection between Live and "
                    + "Demo trading (demo keys are created under Demo Trading on OKX)."),
    TIMESTAMP_EXPIRED("50102",
            "This computer's clock is too far off OKX's time. Keysmith corrects for it automatically; if this "
                    + "keeps happening, turn on automatic time in your system settings."),
    MISSING_KEY("50103", "The request was not signed. Check the connection's API key and try again."),
    MISSING_PASSPHRASE("50104", "The request was not signed. Check the connection's passphrase and try again."),
    WRONG_PASSPHRASE("50105",
            "The passphrase does not match this API key. Enter the passphrase you chose when the key was "
                    + "created (OKX cannot recover it)."),
    MISSING_SIGN("50106", "The request was not signed. Check the connection's secret key and try again."),
    MISSING_TIMESTAMP("50107", "The request was not signed properly. Please report this as a bug."),
    EXCHANGE_ID_MISSING("50108", "OKX does not recognise this exchange. Check the connection's site."),
    EXCHANGE_DOMAIN_MISSING("50109", "OKX does not recognise this domain. Check the connection's site or custom URL."),
    IP_NOT_ALLOWED("50110", "This computer's IP address is not on the key's IP allowlist. On the OKX website, add this "
                    + "computer's IP address to the key, or use Keysmith from an allowed address."),
    INVALID_KEY("50111",
            "OKX does not know this API key. Check that it was copied completely and belongs to this site."),
    INVALID_TIMESTAMP("50112", "The request's time stamp was malformed. Please report this as a bug."),
    INVALID_SIGN("50113",
            "The secret key does not match this API key (signature rejected). Check that the secret key was "
                    + "copied completely, and that the passphrase was not entered as the secret."),
    INVALID_AUTHORIZATION("50114",
            "OKX rejected the key's authorization. Check the API key, secret key and passphrase."),
    WRONG_METHOD("50115", "OKX rejected the request method. Please report this as a bug."),
    THIRD_PARTY_IP("50118",
            "A key for a third-party app must be bound to that app's IP addresses. Add them and try again."),
    KEY_DOES_NOT_EXIST("50119",
            "OKX does not know this API key on this site. Keys only work on the site where they were made: "
                    + "switch the connection between Global (www.okx.com), EEA (my.okx.com) and US (app.okx.com)."),
    KEY_LACKS_PERMISSION("50120",
            "The master key lacks the permission for this. On the OKX website, give it Read and Trade."),
    IP_REGION_BLOCKED("50121", "OKX does not allow access from this IP address or region."),
    PARAMETER_ERROR("51000", "OKX rejected a value in the request. Check the form and try again."),
    MAIN_ACCOUNT_ONLY("59500",
            "Only a key of the main account can manage sub-account keys. Use a master key created on the "
                    + "main account, not a sub-account's key."),
    KEY_LIMIT("59501",
            "This sub-account already has 50 keys, the most OKX allows. Revoke keys you no longer use first."),
    DUPLICATE_LABEL("59502", "This sub-account already has a key with that name. Choose another name."),
    TOO_MANY_IPS("59503", "A key can be bound to at most 20 IP addresses. Remove some, or use a CIDR block."),
    NO_SUB_ACCOUNT_WITHDRAW("59504", "Sub-account keys cannot have the Withdraw permission. Untick Withdraw."),
    PASSPHRASE_FORMAT("59505",
            "OKX rejected the passphrase: use 8–32 characters with upper- and lower-case letters, a digit and a "
                    + "special character."),
    SUB_KEY_DOES_NOT_EXIST("59506", "This key no longer exists on OKX (it may have been deleted on the website)."),
    SUB_ACCOUNT_SUSPENDED("59508", "This sub-account is suspended on OKX. Re-enable it on the OKX website first."),
    SUB_ACCOUNT_DOES_NOT_EXIST("59510",
            "This sub-account does not exist on OKX. Sync the connection or pick another sub-account."),
    SUB_ACCOUNT_VIA_API_REFUSED("59518",
            "OKX does not let this account create sub-accounts through the API. Create it on the OKX website, "
                    + "then pick it here."),
    SUB_ACCOUNT_CREATED_LEVEL_FAILED("59617", "The sub-account was created, but OKX could not set up its account "
            + "level. It is in the list now; set its account mode on the OKX website before trading with it."),
    SUB_ACCOUNT_CREATE_FAILED("59618", "OKX could not create the sub-account. Nothing was created; try again "
            + "later, or create it on the OKX website."),
    SUB_ACCOUNT_NAME_TAKEN("59601", "A sub-account with that name already exists. Choose another name."),
    SUB_ACCOUNT_LIMIT("59603", "This account has as many sub-accounts as OKX allows. Use an existing one."),
    MAIN_ACCOUNT_KEY_ONLY("59604",
            "Only a key of the main account can do this. Use a master key created on the main account.");

    private static final Map<String, OkxError> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(OkxError::code, Function.identity()));

    private final String code;
    private final String userMessage;

    OkxError(String code, String userMessage) {
        this.code = code;
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

    public String userMessage() {
        return userMessage;
    }

    /** Rate limited or overloaded: waiting and retrying a read is safe. */
    public boolean isRetryableLoad() {
        return this == RATE_LIMIT || this == SYSTEM_BUSY || this == TOO_FREQUENT;
    }
}
