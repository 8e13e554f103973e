package org.keysmith.okx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.CreateSubAccountRequest;
import org.keysmith.okx.dto.CreatedApiKey;
import org.keysmith.okx.dto.DeleteApiKeyRequest;
import org.keysmith.okx.dto.DeletedApiKey;
import org.keysmith.okx.dto.ModifiedApiKey;
import org.keysmith.okx.dto.ModifyApiKeyRequest;
import org.keysmith.okx.dto.ServerTime;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.okx.dto.SubAccountCreated;
import org.keysmith.okx.dto.SubAccountInfo;

/**
 * {@link OkxClient} over OkHttp for one connection. Signed calls use the server clock (synced on first use and
 * again on 50102), wait for the client-side rate limit, and retry reads on rate limiting with a bounded backoff.
 * Writes are never repeated.
 */
final class HttpOkxClient implements OkxClient {
    static final int READ_RETRIES = 3;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private final Connection connection;
    private final OkxTransport transport;
    private final ObjectMapper json;
    private final ServerClock clock;
    private final RateLimiter limiter;
    private final Sleeper sleeper;

    HttpOkxClient(Connection connection, OkxTransport transport, ObjectMapper json, ServerClock clock,
                  RateLimiter limiter, Sleeper sleeper) {
        this.connection = connection;
        this.transport = transport;
        this.json = json;
        this.clock = clock;
        this.limiter = limiter;
        this.sleeper = sleeper;
    }

    @Override
    public Instant serverTime() throws OkxException {
        ServerTime t = first(transport.send(connection.baseUrl(), connection.environment(), clock,
                new OkxCall<>(OkxEndpoint.SERVER_TIME, "", null, null, ServerTime.class)), OkxEndpoint.SERVER_TIME);
        try {
            return Instant.ofEpochMilli(Long.parseLong(t.ts()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new OkxException(OkxException.Kind.BAD_RESPONSE, 200, null, null,
                    "The exchange's time could not be read. Check the connection's site or URL.", e);
        }
    }

    @Override
    public AccountConfig accountConfig(ApiCredentials key) throws OkxException {
        return first(signed(OkxEndpoint.ACCOUNT_CONFIG, "", null, key, AccountConfig.class), OkxEndpoint.ACCOUNT_CONFIG);
    }

    @Override
    public List<SubAccountInfo> subAccounts() throws OkxException {
        return new SubAccountPages(after -> signed(OkxEndpoint.SUB_ACCOUNT_LIST, Query.of("after", after, "limit", "100"),
                null, master(), SubAccountInfo.class)).all();
    }

    @Override
    public SubAccountCreated createSubAccount(String name, String label) throws OkxException {
        CreateSubAccountRequest body = new CreateSubAccountRequest(name, "1", label == null || label.isBlank() ? null : label);
        return first(signed(OkxEndpoint.CREATE_SUB_ACCOUNT, "", body, master(), SubAccountCreated.class),
                OkxEndpoint.CREATE_SUB_ACCOUNT);
    }

    @Override
    public CreateOutcome createApiKey(CreateApiKeyRequest request) throws OkxException {
        try {
            List<CreatedApiKey> rows = signed(OkxEndpoint.CREATE_API_KEY, "", request, master(), CreatedApiKey.class);
            return new CreateOutcome.Created(first(rows, OkxEndpoint.CREATE_API_KEY));
        } catch (OkxException e) {
            if (e.kind() == OkxException.Kind.OUTCOME_UNKNOWN) {
                return new CreateOutcome.ResponseLost(e.userMessage());
            }
            throw e;
        }
    }

    @Override
    public List<SubAccountApiKey> apiKeys(String subAccount) throws OkxException {
        return signed(OkxEndpoint.QUERY_API_KEYS, Query.of("subAcct", subAccount), null, master(), SubAccountApiKey.class);
    }

    @Override
    public ModifiedApiKey modifyApiKey(ModifyApiKeyRequest request) throws OkxException {
        return first(signed(OkxEndpoint.MODIFY_API_KEY, "", request, master(), ModifiedApiKey.class),
                OkxEndpoint.MODIFY_API_KEY);
    }

    @Override
    public void deleteApiKey(String subAccount, String apiKey) throws OkxException {
        signed(OkxEndpoint.DELETE_API_KEY, "", new DeleteApiKeyRequest(subAccount, apiKey), master(), DeletedApiKey.class);
    }

    private <T> List<T> signed(OkxEndpoint ep, String query, Object body, ApiCredentials key, Class<T> type)
            throws OkxException {
        OkxTransport.requireSafeScheme(connection.baseUrl());
        byte[] bytes = body == null ? null : toJson(body);
        try {
            return new SignedCall<>(this, new OkxCall<>(ep, query, bytes, key, type)).run();
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /** One attempt: wait for the limiter, sync the clock if never synced, send. */
    <T> List<T> attempt(OkxCall<T> call) throws OkxException, InterruptedException {
        limiter.acquire(call.signer().apiKey(), call.endpoint());
        if (!clock.isSynced()) {
            syncClock();
        }
        return transport.send(connection.baseUrl(), connection.environment(), clock, call);
    }

    void syncClock() throws OkxException {
        Instant sent = clock.local().instant();
        Instant server = serverTime();
        clock.record(server, sent, clock.local().instant());
    }

    void sleep(Duration d) throws InterruptedException {
        sleeper.sleep(d);
    }

    private ApiCredentials master() throws OkxException {
        if (connection.masterKey() == null) {
            throw new OkxException(OkxException.Kind.EXCHANGE_ERROR, 0, null, null, "This connection has no master "
                    + "key yet. Add the main account's API key in the connection settings.", null);
        }
        return connection.masterKey();
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body could not be written as JSON", e);
        }
    }

    private static <T> T first(List<T> rows, OkxEndpoint ep) throws OkxException {
        if (rows.isEmpty() || rows.get(0) == null) {
            throw new OkxException(OkxException.Kind.BAD_RESPONSE, 200, "0", null, "OKX reported success for " + ep
                    + " but sent no data. Refresh to see the current state.", null);
        }
        return rows.get(0);
    }
}
